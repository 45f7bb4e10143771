package org.procuredesk.budget;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The IT head's view of the budget cycle.
 *
 * @param nextDeadlines the next weekly and monthly deadline still to come
 * @param current       budgets not yet approved, or whose period has not ended, soonest deadline first
 * @param past          approved budgets of ended periods, newest first, with their deadline kept or missed
 * @param kept          of the past budgets, how many were submitted by their deadline
 * @param missed        of the past budgets, how many were not
 * @param waiting       what waits for a budget, from every source, with the budget that holds each, if any
 * @param myTasks       the open task on each current budget the reader may act on, by period
 */
public record BudgetDashboard(List<NextDeadline> nextDeadlines, List<BudgetSummary> current,
                              List<BudgetSummary> past, long kept, long missed, List<WaitingLine> waiting,
                              Map<String, String> myTasks) {

    /** @param period the budget due then, open or not yet */
    public record NextDeadline(BudgetKind kind, String period, Instant deadline, Duration timeLeft) {
    }

    /**
     * @param source      the code of its source: {@code APPLICATION}, {@code REPLENISHMENT}
     * @param referenceId its id in its source
     * @param heldBy      the period of the budget that holds it, null when none does yet
     */
    public record WaitingLine(String source, Long referenceId, String number, String requesterName, BudgetKind kind,
                              BigDecimal total, String subject, Instant waitingSince, String heldBy) {

        /** The message key of its source's name. */
        public String sourceKey() {
            return BudgetSources.sourceKey(source);
        }
    }
}
