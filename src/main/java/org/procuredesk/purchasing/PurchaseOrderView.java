package org.procuredesk.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order as IT support, the IT head and the requester read it; unit prices in the application's line order. */
public record PurchaseOrderView(Long id, String supplier, String orderNumber, LocalDate expectedDelivery,
                                List<BigDecimal> unitPrices, BigDecimal total, BigDecimal approvedTotal,
                                String placedBy, Instant placedAt, boolean cancelled) {
}
