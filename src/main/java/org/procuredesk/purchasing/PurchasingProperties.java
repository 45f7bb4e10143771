package org.procuredesk.purchasing;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How ordering is policed ({@code procuredesk.purchasing}).
 *
 * @param priceOverrunMargin       how much more than its approved total an order may cost before the IT
 *                                 head must approve the difference: 0.10 is 10 %
 * @param lateDeliveryReminderTime when, each day after the expected delivery date, IT support is reminded
 */
@ConfigurationProperties("procuredesk.purchasing")
public record PurchasingProperties(BigDecimal priceOverrunMargin, LocalTime lateDeliveryReminderTime) {

    public PurchasingProperties {
        priceOverrunMargin = priceOverrunMargin == null ? new BigDecimal("0.10") : priceOverrunMargin;
        lateDeliveryReminderTime = lateDeliveryReminderTime == null ? LocalTime.of(9, 0) : lateDeliveryReminderTime;
    }
}
