package org.procuredesk.replenishment;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stock is replenished.
 *
 * @param approvalAbove  the order value above which the IT head approves a replenishment
 * @param checkCycle     when the daily check looks for stock at or below its reorder point, as a Quartz cron
 *                       expression (seconds first), in the server's time zone
 * @param automaticCheck whether the check's timer starts replenishments; off (in tests), it starts none
 * @param lateReminderTime when, each day after the expected delivery date, IT support and the warehouse are reminded
 */
@ConfigurationProperties("procuredesk.replenishment")
public record ReplenishmentProperties(
        @DefaultValue("1000.00") BigDecimal approvalAbove,
        @DefaultValue("0 30 6 * * ?") String checkCycle,
        @DefaultValue("true") boolean automaticCheck,
        @DefaultValue("09:00") LocalTime lateReminderTime) {
}
