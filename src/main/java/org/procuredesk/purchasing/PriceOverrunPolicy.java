package org.procuredesk.purchasing;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** An order may cost up to its approved total plus the configured margin; beyond it, the IT head approves the difference. */
@Component
public class PriceOverrunPolicy {

    private final BigDecimal margin;

    public PriceOverrunPolicy(PurchasingProperties properties) {
        this.margin = properties.priceOverrunMargin();
    }

    /** The part of its approved total an order may exceed it by without approval: 0.10 is 10 %. */
    public BigDecimal margin() {
        return margin;
    }

    public boolean exceeds(BigDecimal approvedTotal, BigDecimal orderedTotal) {
        return orderedTotal.compareTo(approvedTotal.multiply(BigDecimal.ONE.add(margin))) > 0;
    }
}
