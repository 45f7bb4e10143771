package org.procuredesk.purchasing;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Goods receipts are only ever recorded and read: this repository has no way to change or remove one. */
interface GoodsReceiptRepository extends Repository<GoodsReceipt, Long> {

    GoodsReceipt save(GoodsReceipt receipt);

    Optional<GoodsReceipt> findFirstByRequestIdOrderByIdDesc(Long requestId);
}
