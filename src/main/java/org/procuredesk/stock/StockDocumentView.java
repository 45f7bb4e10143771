package org.procuredesk.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stock document as people read it; warehouses and recipient are absent where the kind has none.
 *
 * @param reverses the number of the document this one reverses, if it is a reversal
 * @param reversedBy the number of the reversal that undid this document, if any
 */
public record StockDocumentView(String number, StockDocumentKind kind, LocalDate date, Long fromWarehouseId,
                                String fromWarehouseName, Long toWarehouseId, String toWarehouseName,
                                RecipientKind recipientKind, String recipientReference, String reverses,
                                String reversedBy, String reason, String recordedBy, Instant recordedAt,
                                List<Line> lines) {

    public record Line(String sku, String name, String unit, int quantity) {
    }
}
