package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.purchasing.Fulfilment;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.springframework.stereotype.Component;

/**
 * Brings the budget cycle to where a test starts: urgent applications waiting for the weekly budget, and a fresh
 * weekly budget opened on the engine's clock, the week after the last one any test opened. The clock stays at the
 * opening until the test resets it ({@link ClockUtil#reset()}).
 */
@Component
public class BudgetCycle {

    public static final String SUPPORT = "ion.support";
    public static final String IT_HEAD = "victor.ithead";
    public static final String FINANCE = "carmen.finance";
    public static final String REQUESTER = "ana.requester";

    private final Fulfilment fulfilment;
    private final BudgetOpening opening;
    private final BudgetRepository budgets;
    private final BudgetSchedule schedule;
    private final BudgetPreparation preparation;
    private final PeopleDirectory people;
    private final TaskService taskService;
    private final Clock clock;

    BudgetCycle(Fulfilment fulfilment, BudgetOpening opening, BudgetRepository budgets, BudgetSchedule schedule,
                BudgetPreparation preparation, PeopleDirectory people, TaskService taskService, Clock clock) {
        this.fulfilment = fulfilment;
        this.opening = opening;
        this.budgets = budgets;
        this.schedule = schedule;
        this.preparation = preparation;
        this.people = people;
        this.taskService = taskService;
        this.clock = clock;
    }

    /**
     * An application for monitors of a model no warehouse holds, needed in a month by the engine's clock, approved
     * and waiting for the weekly budget.
     */
    public RequestView urgentApplication(String unitPrice) {
        RequestForm form = fulfilment.form(new LineForm(EquipmentCategory.MONITOR, "Monitor", 1,
                new BigDecimal(unitPrice), "Budget test " + System.nanoTime()));
        return fulfilment.approved(new RequestForm(form.deliveryBranchId(), form.justification(),
                LocalDate.now(clock).plusMonths(1), Urgency.URGENT, form.lines()));
    }

    /** Opens the weekly budget after the last one opened, an hour after its opening; returns its period. */
    public String openNextWeeklyBudget() {
        BudgetPeriod next = budgets.findFirstByKindOrderByPeriodStartDesc(BudgetKind.WEEKLY)
                .map(last -> last.period().next())
                .orElseGet(() -> schedule.nextDue(BudgetKind.WEEKLY, Instant.now()));
        moveClockTo(schedule.opening(next).toInstant().plus(Duration.ofHours(1)));
        assertThat(opening.openDue()).contains(next.key());
        return next.key();
    }

    /** Moves the engine's clock, and with it the application's. */
    public void moveClockTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Submitted by IT support: waiting for the IT head's review. */
    public void submit(String period) {
        as(people, SUPPORT, () -> preparation.submit(task(period, BudgetProcess.PREPARE_BUDGET).getId(), null));
    }

    /** The open task of the budget at that step. */
    public Task task(String period, String step) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(period).taskDefinitionKey(step)
                .singleResult();
        assertThat(task).as("open %s of %s", step, period).isNotNull();
        return task;
    }

    /** The budget's line for the application. */
    public static BudgetLineView lineOf(BudgetDetail budget, RequestView application) {
        return budget.lines().stream().filter(line -> line.requestId().equals(application.id())).findFirst()
                .orElseThrow(() -> new AssertionError(application.number() + " is not in "
                        + budget.summary().period()));
    }
}
