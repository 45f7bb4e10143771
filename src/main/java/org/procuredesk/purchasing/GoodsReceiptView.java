package org.procuredesk.purchasing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A receipt document as it is shown and printed. */
public record GoodsReceiptView(String number, Long requestId, String supplier, String supplierDocument,
                               LocalDate receiptDate, String warehouseName, String receivedBy,
                               String receivedByName, Instant recordedAt, List<ReceiptItem> items) {
}
