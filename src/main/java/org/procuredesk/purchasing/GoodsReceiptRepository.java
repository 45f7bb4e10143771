package org.procuredesk.purchasing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoodsReceiptRepository extends JpaRepository<GoodsReceipt, Long> {

    Optional<GoodsReceipt> findFirstByRequestIdOrderByIdDesc(Long requestId);
}
