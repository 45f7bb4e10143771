package org.procuredesk.budget;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A budget as the dashboard and the API show it.
 *
 * @param overdue       its deadline passed before anyone submitted it
 * @param deadlineKept  submitted by the deadline (true), after it (false), or not yet submitted (null)
 */
public record BudgetSummary(String period, BudgetKind kind, LocalDate periodStart, LocalDate periodEnd,
                            Instant openedAt, Instant deadline, BudgetState state, boolean overdue,
                            Instant submittedAt, String submittedBy, Boolean deadlineKept, Instant reviewedAt,
                            String reviewedBy, String reviewComment, BudgetTotals totals) {
}
