package org.procuredesk.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One item received: which application line it belongs to, and what it became in the inventory. */
@Embeddable
public record ReceiptItem(
        @Column(name = "line_no", nullable = false) int lineNo,
        @Column(length = 500) String description,
        @Column(name = "serial_number", length = 100) String serialNumber,
        @Column(name = "warranty_months", nullable = false) int warrantyMonths,
        @Column(name = "unit_price", nullable = false, precision = 15, scale = 2) BigDecimal unitPrice,
        @Column(name = "inventory_number", nullable = false, length = 20) String inventoryNumber) {
}
