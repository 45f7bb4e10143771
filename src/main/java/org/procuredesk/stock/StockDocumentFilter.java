package org.procuredesk.stock;

import java.time.LocalDate;

/**
 * Which stock documents a list shows; every part left empty matches all.
 *
 * @param warehouseId documents that take stock out of or bring it into this warehouse
 */
public record StockDocumentFilter(StockDocumentKind kind, LocalDate from, LocalDate to, Long warehouseId) {

    public static final StockDocumentFilter ALL = new StockDocumentFilter(null, null, null, null);
}
