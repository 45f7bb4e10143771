package org.procuredesk.stock;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Saves and reads stock documents; it has no way to change or delete one. */
interface StockDocumentRepository extends Repository<StockDocument, Long> {

    StockDocument saveAndFlush(StockDocument document);

    Optional<StockDocument> findById(Long id);

    Optional<StockDocument> findByNumber(String number);

    Optional<StockDocument> findByReversesId(Long reversesId);
}
