package org.procuredesk.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One ordered line: the application's line at the price the supplier asks. */
@Embeddable
record OrderLine(
        @Column(nullable = false) int quantity,
        @Column(name = "unit_price", nullable = false, precision = 15, scale = 2) BigDecimal unitPrice) {

    BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
