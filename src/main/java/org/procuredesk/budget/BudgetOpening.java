package org.procuredesk.budget;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the draft of each budget whose opening has come (hourly and on start, through {@link #openDueIfAutomatic()}):
 * every period after the last one opened, so a period missed while the application was down opens once, late, and
 * its deadline timer fires at once. The period is the budget's unique key: when two copies of the application
 * open the same period at once, one of them fails and opens nothing.
 */
@Component("budgetOpening")
public class BudgetOpening {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetOpening.class);

    private final BudgetRepository budgets;
    private final BudgetSchedule schedule;
    private final BudgetIntake intake;
    private final RuntimeService runtimeService;
    private final BudgetProperties properties;
    private final Clock clock;

    BudgetOpening(BudgetRepository budgets, BudgetSchedule schedule, BudgetIntake intake,
                  RuntimeService runtimeService, BudgetProperties properties, Clock clock) {
        this.budgets = budgets;
        this.schedule = schedule;
        this.intake = intake;
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the hourly timer and the start call: {@link #openDue()}, unless automatic opening is switched off. */
    @Transactional
    public List<String> openDueIfAutomatic() {
        return properties.automaticOpening() ? openDue() : List.of();
    }

    /** Opens every budget due by now and not open yet; returns their periods. */
    @Transactional
    public List<String> openDue() {
        Instant now = clock.instant();
        List<String> opened = new ArrayList<>();
        for (BudgetKind kind : BudgetKind.values()) {
            for (BudgetPeriod period : schedule.due(kind, now,
                    budgets.findFirstByKindOrderByPeriodStartDesc(kind).map(Budget::period))) {
                open(period, now);
                opened.add(period.key());
            }
        }
        return opened;
    }

    private void open(BudgetPeriod period, Instant now) {
        Budget budget = budgets.saveAndFlush(new Budget(period, now, schedule.reminder(period).toInstant(),
                schedule.deadline(period).toInstant()));
        int lines = intake.takeIn(budget);
        budget.startedAs(runtimeService.startProcessInstanceByKey(BudgetProcess.KEY, period.key(),
                Map.of(BudgetProcess.VAR_BUDGET_ID, budget.id())).getId());
        LOG.info("Opened budget {} with {} lines, due {}", period.key(), lines, budget.deadline());
    }
}
