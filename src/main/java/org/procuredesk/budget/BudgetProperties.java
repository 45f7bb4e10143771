package org.procuredesk.budget;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.procuredesk.system.DomainException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When budgets open and fall due, and what a limit means.
 *
 * @param weeklyOpensOn      the day of the week before its period a weekly budget's draft opens
 * @param monthlyOpensOnDay  the day of the month before its period a monthly budget's draft opens
 * @param dueAt              the time of day a budget is due on its deadline's day, in the company time zone
 * @param limitPolicy        what an approval over the period's limit needs
 * @param automaticOpening   whether drafts open by themselves, hourly and on start; off, nothing opens them
 */
@ConfigurationProperties("procuredesk.budget")
public record BudgetProperties(
        @DefaultValue("MONDAY") DayOfWeek weeklyOpensOn,
        @DefaultValue("18") int monthlyOpensOnDay,
        @DefaultValue("17:00") LocalTime dueAt,
        @DefaultValue("WARN") LimitPolicy limitPolicy,
        @DefaultValue("true") boolean automaticOpening) {

    public BudgetProperties {
        if (weeklyOpensOn.compareTo(DayOfWeek.WEDNESDAY) > 0) {
            throw new IllegalArgumentException("A weekly budget due on Wednesday cannot open on " + weeklyOpensOn);
        }
        if (monthlyOpensOnDay < 1 || monthlyOpensOnDay > 25) {
            throw new IllegalArgumentException("A monthly budget due on the 25th cannot open on day " + monthlyOpensOnDay);
        }
    }

    /** What the IT head must do to approve a budget whose total exceeds the limit finance set for its period. */
    public enum LimitPolicy {

        /** Approve with a comment saying why. */
        WARN {
            @Override
            void allowApproval(BigDecimal total, BigDecimal limit, String comment) {
                if (comment == null || comment.isBlank()) {
                    throw DomainException.ofField("comment", "budget.overLimitNeedsComment", total, limit);
                }
            }
        },

        /** Exclude lines until the total is within the limit. */
        STOP {
            @Override
            void allowApproval(BigDecimal total, BigDecimal limit, String comment) {
                throw DomainException.ofField("excluded", "budget.overLimitExcludeLines", total, limit);
            }
        };

        /** Refuses, translated, an approval of {@code total} over {@code limit} the policy does not allow. */
        abstract void allowApproval(BigDecimal total, BigDecimal limit, String comment);
    }
}
