package org.procuredesk.purchasing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    Optional<PurchaseOrder> findFirstByRequestIdAndStatusOrderByIdDesc(Long requestId, PurchaseOrder.Status status);

    List<PurchaseOrder> findByRequestIdOrderByIdAsc(Long requestId);
}
