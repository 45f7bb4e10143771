package org.procuredesk.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.purchasing.Fulfilment.REQUESTER;
import static org.procuredesk.purchasing.Fulfilment.SUPPORT;
import static org.procuredesk.purchasing.Fulfilment.WAREHOUSE_KEEPER;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.SignedIn;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.bench.StepRunner;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationBudgeting;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The benchmarks' application: a shredder no warehouse holds, taken from submission to the requester's confirmation
 * through the services the views call, each step handed to a {@link StepRunner} (the step names are the model's
 * element ids, plus "submit"). The stock check runs in the calling thread ({@code executeJob}), as the benchmarks
 * turn the job executor off; the budget message is the one the weekly budget's release sends for an application.
 */
@Component
class ApplicationSteps {

    static final String SUBMIT = "submit";

    private final Fulfilment fulfilment;
    private final PurchaseRequestService requests;
    private final RequestTaskService requestTasks;
    private final ApprovalService approvals;
    private final ApplicationBudgeting budgeting;
    private final OrderPlacement orderPlacement;
    private final GoodsReception goodsReception;
    private final Handovers handovers;
    private final PeopleDirectory people;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Map<String, Authentication> sessions = new ConcurrentHashMap<>();
    private volatile RequestForm template;

    ApplicationSteps(Fulfilment fulfilment, PurchaseRequestService requests, RequestTaskService requestTasks,
                     ApprovalService approvals, ApplicationBudgeting budgeting, OrderPlacement orderPlacement,
                     GoodsReception goodsReception, Handovers handovers, PeopleDirectory people,
                     ManagementService managementService, RuntimeService runtimeService,
                     TaskService taskService) {
        this.fulfilment = fulfilment;
        this.requests = requests;
        this.requestTasks = requestTasks;
        this.approvals = approvals;
        this.budgeting = budgeting;
        this.orderPlacement = orderPlacement;
        this.goodsReception = goodsReception;
        this.handovers = handovers;
        this.people = people;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * One application, every step run by {@code steps} as the person who takes it. Between the steps it finds the next
     * task as the baseline does, by process instance and step, and each person is signed in once, as a session is.
     */
    void run(StepRunner steps) {
        RequestForm template = form();
        RequestForm shredder = new RequestForm(template.deliveryBranchId(), template.justification(), template.neededBy(),
                template.urgency(), List.of(new LineForm(EquipmentCategory.SHREDDER, "Shredder for the archive", 1,
                new BigDecimal("300.00"), "model no warehouse holds " + System.nanoTime())));
        AtomicReference<RequestView> submitted = new AtomicReference<>();
        as(signedIn(REQUESTER), () -> steps.run(SUBMIT, () -> submitted.set(requests.submit(null, shredder))));
        RequestView application = submitted.get();
        String process = processOf(application);
        String checkCompleteness = taskId(process, ApplicationToItProcess.CHECK_COMPLETENESS);
        as(signedIn(SUPPORT), () -> steps.run(ApplicationToItProcess.CHECK_COMPLETENESS, () ->
                requestTasks.checkCompleteness(checkCompleteness, Completeness.ACCEPTED, null)));
        String approve = taskId(process, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
        as(signedIn("mihai.manager"), () -> steps.run(ApplicationToItProcess.APPROVE_BY_LINE_MANAGER, () ->
                approvals.decide(approve, Decision.APPROVED, null)));
        String stockCheck = managementService.createJobQuery().processInstanceId(process).messages()
                .singleResult().getId();
        steps.run(ApplicationToItProcess.CHECK_STOCK, () -> managementService.executeJob(stockCheck));
        steps.run(ApplicationToItProcess.BUDGET_APPROVED, () -> budgeting.approvedInBudget(application.number()));
        String placeOrder = taskId(process, ApplicationToItProcess.PLACE_ORDER);
        as(signedIn(SUPPORT), () -> steps.run(ApplicationToItProcess.PLACE_ORDER, () ->
                orderPlacement.placeOrder(placeOrder, Fulfilment.order(List.of(new BigDecimal("300.00"))))));
        String receive = taskId(process, ApplicationToItProcess.RECEIVE_GOODS);
        as(signedIn(WAREHOUSE_KEEPER), () -> steps.run(ApplicationToItProcess.RECEIVE_GOODS, () ->
                goodsReception.receiveGoods(receive, ApplicationFulfilmentTest.delivery(1))));
        String handOver = taskId(process, ApplicationToItProcess.HAND_OVER);
        as(signedIn(SUPPORT), () -> steps.run(ApplicationToItProcess.HAND_OVER, () ->
                handovers.handOver(handOver, null)));
        String confirm = taskId(process, ApplicationToItProcess.CONFIRM_RECEIPT);
        as(signedIn(REQUESTER), () -> steps.run(ApplicationToItProcess.CONFIRM_RECEIPT, () ->
                handovers.confirmReceipt(confirm)));
    }

    private RequestForm form() {
        RequestForm form = template;
        if (form == null) {
            form = fulfilment.form();
            template = form;
        }
        return form;
    }

    private Authentication signedIn(String username) {
        return sessions.computeIfAbsent(username, name -> SignedIn.authentication(people, name));
    }

    private String taskId(String process, String step) {
        Task task = taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).singleResult();
        assertThat(task).as("open %s of process %s", step, process).isNotNull();
        return task.getId();
    }

    private String processOf(RequestView application) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .singleResult().getId();
    }
}
