package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.Jobs;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.purchasing.Fulfilment;
import org.procuredesk.request.ApplicationBudgeting;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The budget cycle for integration tests: starts with no budget at all, moves the engine's clock (which the
 * application's clock follows) to a company-local moment in the past, so that no other process's timer falls due,
 * opens what is due then, makes applications that wait for a budget, and acts on a budget's tasks.
 */
@Component
public class BudgetFixture {

    public static final String SUPPORT = "ion.support";
    public static final String IT_HEAD = "victor.ithead";
    public static final String FINANCE = "carmen.finance";
    public static final String REQUESTER = "ana.requester";

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    private final BudgetOpening opening;
    private final BudgetPreparation preparation;
    private final BudgetReview review;
    private final Fulfilment fulfilment;
    private final PeopleDirectory people;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    BudgetFixture(BudgetOpening opening, BudgetPreparation preparation, BudgetReview review, Fulfilment fulfilment,
                  PeopleDirectory people, RuntimeService runtimeService, TaskService taskService,
                  ManagementService managementService, JdbcTemplate jdbc) {
        this.opening = opening;
        this.preparation = preparation;
        this.review = review;
        this.fulfilment = fulfilment;
        this.people = people;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** No budget, no budget process, no limit, no notice of one, and the engine's clock back to the real time. */
    public void clear() {
        deleteBudgetProcesses(10);
        for (String table : List.of("budget_comment", "budget_line", "budget_limit", "budget")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("delete from notification where link like 'budgets/%'");
        ClockUtil.reset();
    }

    /**
     * Deletes them, again a moment later when the job executor ran one of their jobs at the same moment (an approved
     * budget's release runs a job that makes one job per group of lines): a lock lost, or an instance that ended meanwhile
     * ("list of executions is empty").
     */
    private void deleteBudgetProcesses(int attempts) {
        List<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(BudgetProcess.KEY)
                .list().stream().map(ProcessInstance::getId).toList();
        try {
            if (!instances.isEmpty()) {
                runtimeService.deleteProcessInstances(instances, "budget test cleared", true, true);
            }
        } catch (ProcessEngineException runningAJobOfOne) {
            if (attempts == 1) {
                throw runningAJobOfOne;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            deleteBudgetProcesses(attempts - 1);
        }
    }

    /** Sets the engine's clock to a moment in Bucharest, e.g. {@code 2026-03-09T09:00}, and runs the jobs due. */
    public void at(String companyLocalTime) {
        moveClockTo(LocalDateTime.parse(companyLocalTime).atZone(BUCHAREST).toInstant());
        Jobs.runDue(managementService);
    }

    /** Moves the engine's clock, and with it the application's; the jobs due then are left to the test. */
    public void moveClockTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** At that moment, opens the budgets due; returns their periods. */
    public List<String> openAt(String companyLocalTime) {
        at(companyLocalTime);
        List<String> opened = opening.openDue();
        Jobs.runDue(managementService);
        return opened;
    }

    /**
     * An application approved and waiting for the weekly (URGENT) or monthly (PLANNED) budget: a shredder of a
     * model no warehouse holds, at that unit price.
     */
    public RequestView waiting(Urgency urgency, String unitPrice) {
        RequestForm form = fulfilment.form(new LineForm(EquipmentCategory.SHREDDER, "Shredder for the archive", 1,
                new BigDecimal(unitPrice), "model no warehouse holds " + System.nanoTime()));
        return fulfilment.approved(new RequestForm(form.deliveryBranchId(), form.justification(), form.neededBy(),
                urgency, form.lines()));
    }

    /** Submitted by IT support: waiting for the IT head's review. */
    public void submit(String period) {
        String taskId = task(period, BudgetProcess.PREPARE_BUDGET).getId();
        as(people, SUPPORT, () -> preparation.submit(taskId, null));
    }

    /** Reviewed by the IT head: approved, approved leaving the lines with those ids out, or returned. */
    public void review(String period, ReviewDecision decision, Set<Long> excluded, String comment) {
        String taskId = task(period, BudgetProcess.REVIEW_BUDGET).getId();
        as(people, IT_HEAD, () -> review.review(taskId, decision, excluded, comment));
    }

    /** Where the application's process waits now. */
    public List<String> waitingAt(RequestView application) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .singleResult().getId();
        return runtimeService.getActiveActivityIds(instance);
    }

    /** The open task of the budget's process at that step. */
    public Task task(String period, String step) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(period).taskDefinitionKey(step)
                .singleResult();
        assertThat(task).as("open %s of %s", step, period).isNotNull();
        return task;
    }

    /** The budget's line for the application. */
    public static BudgetLineView lineOf(BudgetDetail budget, RequestView application) {
        return budget.lines().stream().filter(line -> line.source().equals(ApplicationBudgeting.CODE)
                        && line.referenceId().equals(application.id())).findFirst()
                .orElseThrow(() -> new AssertionError(application.number() + " is not in "
                        + budget.summary().period()));
    }

    /**
     * The kinds of what the person was told about the budget, oldest first. Read from the table, not the inbox:
     * a notice dated at a moved clock may be older than the latest ones the inbox shows.
     */
    public List<NotificationKind> noticesTo(String username, String period) {
        return jdbc.queryForList("select kind from notification where recipient_username = ? and link = ? order by id",
                String.class, username, Links.budget(period)).stream().map(NotificationKind::valueOf).toList();
    }

    public void runDueJobs() {
        Jobs.runDue(managementService);
    }
}
