package org.procuredesk.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationBudgeting;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.springframework.stereotype.Component;

/**
 * Takes a demo application through the real services to the step a test starts from: submitted by
 * ana.requester, accepted by ion.support, approved by mihai.manager, past the stock check, budgeted.
 */
@Component
public class Fulfilment {

    static final String REQUESTER = "ana.requester";
    static final String SUPPORT = "ion.support";
    static final String WAREHOUSE_KEEPER = "george.warehouse";
    static final String IT_HEAD = "victor.ithead";

    private final PurchaseRequestService requests;
    private final RequestTaskService requestTasks;
    private final ApprovalService approvals;
    private final ApplicationBudgeting budgeting;
    private final OrderPlacement orderPlacement;
    private final PeopleDirectory people;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    Fulfilment(PurchaseRequestService requests, RequestTaskService requestTasks, ApprovalService approvals,
               ApplicationBudgeting budgeting, OrderPlacement orderPlacement, PeopleDirectory people,
               TaskService taskService, ManagementService managementService, RuntimeService runtimeService) {
        this.requests = requests;
        this.requestTasks = requestTasks;
        this.approvals = approvals;
        this.budgeting = budgeting;
        this.orderPlacement = orderPlacement;
        this.people = people;
        this.taskService = taskService;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    /**
     * Submitted, accepted and approved by the line manager (an application within their reach), stock checked:
     * waiting for its budget, unless its warehouse had it in stock.
     */
    public RequestView approved(RequestForm form) {
        return approved(REQUESTER, form);
    }

    /** As {@link #approved(RequestForm)}, asked for by {@code requester}, who works in ana.requester's department. */
    RequestView approved(String requester, RequestForm form) {
        RequestView application = as(people, requester, () -> requests.submit(null, form));
        as(people, SUPPORT, () -> requestTasks.checkCompleteness(
                task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId(), Completeness.ACCEPTED, null));
        as(people, "mihai.manager", () -> approvals.decide(
                task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));
        awaitJobs(application);
        return application;
    }

    /** Approved, and its budget approved: waiting for IT support to order it. */
    public RequestView toOrder(RequestForm form) {
        return toOrder(REQUESTER, form);
    }

    /** As {@link #toOrder(RequestForm)}, asked for by {@code requester}, who works in ana.requester's department. */
    RequestView toOrder(String requester, RequestForm form) {
        RequestView application = approved(requester, form);
        budgeting.approvedInBudget(application.number());
        return application;
    }

    /** Ordered at the estimated prices, due in a week: waiting for the warehouse to receive it. */
    RequestView toReceive(RequestForm form) {
        RequestView application = toOrder(form);
        as(people, SUPPORT, () -> orderPlacement.placeOrder(task(application, ApplicationToItProcess.PLACE_ORDER).getId(),
                order(application.lines().stream().map(line -> line.estimatedUnitPrice()).toList())));
        return application;
    }

    /** An application delivered to a branch with an IT warehouse (tests elsewhere add branches without one). */
    public RequestForm form(LineForm... lines) {
        Long branch = people.branches().stream().map(BranchSummary::id)
                .filter(id -> people.warehouseOfBranch(id).isPresent()).findFirst().orElseThrow();
        RequestForm form = Applications.form(people, lines);
        return new RequestForm(branch, form.justification(), form.neededBy(), form.urgency(), form.lines());
    }

    static OrderForm order(List<BigDecimal> unitPrices) {
        return new OrderForm("Altex Business", "PO-778", LocalDate.now().plusDays(7), unitPrices);
    }

    Task task(RequestView application, String step) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult();
        assertThat(task).as("open %s of %s", step, application.number()).isNotNull();
        return task;
    }

    /** Runs the application's asynchronous steps (the stock check) now, rather than when the job executor wakes. */
    void awaitJobs(RequestView application) {
        String processInstanceId = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(application.number()).singleResult().getId();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list()).isEmpty()) {
            assertThat(Instant.now()).as("the stock check ran in time").isBefore(deadline);
            jobs.forEach(this::execute);
        }
    }

    private void execute(Job job) {
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException ranByTheJobExecutorMeanwhile) {
            // it clashed with the job executor running the same job (a lock, a deadlock on MariaDB): look again
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
