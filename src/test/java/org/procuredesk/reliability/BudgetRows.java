package org.procuredesk.reliability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.procuredesk.budget.BudgetKind;
import org.procuredesk.budget.BudgetPeriod;

/**
 * Budget openings made due in a scratch database: a past budget recorded as the last one opened (so every period
 * after it up to now is due, as after a downtime), and the hourly opening timer ({@code budget-opening.bpmn}) due
 * at once.
 */
final class BudgetRows {

    private static final ZoneId COMPANY = ZoneId.of("Europe/Bucharest");

    private BudgetRows() {
    }

    /** The period of {@code kind} running today, {@code back} periods earlier. */
    static BudgetPeriod periodsAgo(BudgetKind kind, int back) {
        BudgetPeriod period = BudgetPeriod.containing(kind, LocalDate.now(COMPANY));
        for (int i = 0; i < back; i++) {
            period = period.previous();
        }
        return period;
    }

    /** Records {@code period}'s budget as opened and approved long ago: the periods after it are due to open. */
    static void lastOpened(ScratchDatabase database, BudgetPeriod period) {
        LocalDateTime opened = period.start().minusWeeks(2).atStartOfDay();
        database.update("INSERT INTO budget (version, period_key, kind, period_start, period_end, opened_at,"
                        + " remind_at, deadline, state, overdue) VALUES (0, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', FALSE)",
                period.key(), period.kind().name(), period.start(), period.end(), opened, opened, opened);
    }

    /** Makes the opening timer's jobs due: the job executors run it as soon as they next look. */
    static int fireOpeningTimer(ScratchDatabase database) {
        return database.update("UPDATE ACT_RU_JOB SET DUEDATE_ = '2000-01-01 00:00:00'"
                + " WHERE PROCESS_DEF_KEY_ = 'budgetOpening'");
    }
}
