package org.procuredesk.replenishment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A replenishment order as people read it; what is not decided yet (quantity before it is worked out, the supplier's
 * reference before it is ordered, the receipt before it arrives) is absent.
 *
 * @param requestedBy whose stock document ran the stock low, or {@code system} for the daily check
 */
public record ReplenishmentView(String number, String sku, String name, String unit, long warehouseId,
                                String warehouseName, ReplenishmentState state, Integer quantity,
                                BigDecimal unitPrice, BigDecimal orderValue, boolean urgent, String supplier,
                                String supplierOrderReference, LocalDate expectedDelivery, Integer receivedQuantity,
                                String receiptDocumentNumber, String decisionComment, String requestedBy,
                                Instant createdAt, Instant updatedAt) {
}
