package org.procuredesk.approval;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.RequestFacts;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One approver's decision, in one transaction: checked, recorded, and the task completed with it. */
@Component
class ApprovalSteps {

    private final TaskActions taskActions;
    private final RequestRecords records;
    private final SegregationOfDutiesPolicy segregationOfDuties;
    private final ApprovalDecisionRepository decisions;
    private final Clock clock;
    private final Purchases purchases;

    ApprovalSteps(TaskActions taskActions, RequestRecords records,
                  SegregationOfDutiesPolicy segregationOfDuties, ApprovalDecisionRepository decisions, Clock clock, Purchases purchases) {
        this.taskActions = taskActions;
        this.records = records;
        this.segregationOfDuties = segregationOfDuties;
        this.decisions = decisions;
        this.clock = clock;
        this.purchases = purchases;
    }

    /**
     * The person a substitute decides for: whoever the task is assigned to, when the approver stands in for
     * them today; or the line manager the task went to the substitute for when it was created.
     */
    private static String actingFor(Task task, Approval approval, String approver, Map<String, Object> variables) {
        String assignedTo = TaskActions.actingFor(task, approver);
        if (assignedTo != null || approval != Approval.LINE_MANAGER) {
            return assignedTo;
        }
        Object standsInFor = variables.get(ApplicationToItProcess.VAR_LINE_MANAGER_ACTING_FOR);
        return approver.equals(standsInFor) ? null : (String) standsInFor;
    }

    /** The amount a decision approves: the application's total, or for a price overrun the order's. */
    private BigDecimal amount(Approval approval, RequestFacts facts) {
        return approval == Approval.PRICE_OVERRUN ? purchases.currentOrderTotal(facts.requestId()).orElse(facts.total())
                : facts.total();
    }

    /** The application the approval task is asked on; refused when someone completed the task since it was found. */
    RequestFacts factsOf(Task task) {
        return factsOf(task, variablesOf(task));
    }

    private RequestFacts factsOf(Task task, Map<String, Object> variables) {
        Long requestId = (Long) variables.get(ApplicationToItProcess.VAR_REQUEST_ID);
        if (requestId == null) {
            throw taskActions.alreadyHandled(task.getId());
        }
        return records.facts(requestId);
    }

    /** The variables of the task's process a decision reads, in one read; none once someone completed the task. */
    private Map<String, Object> variablesOf(Task task) {
        return taskActions.processVariables(task, List.of(ApplicationToItProcess.VAR_REQUEST_ID,
                ApplicationToItProcess.VAR_LINE_MANAGER_ACTING_FOR));
    }

    /** The approval task is found, checked and completed in the decision's transaction, which commits once. */
    @Transactional
    void decide(String approver, String taskId, Decision decision, String comment) {
        Task task = taskActions.actionable(taskId, approver, ApprovalTasks.STEPS);
        Approval approval = ApprovalTasks.of(task.getTaskDefinitionKey()).orElseThrow();
        Map<String, Object> variables = variablesOf(task);
        RequestFacts facts = factsOf(task, variables);
        segregationOfDuties.check(approver, facts.requesterUsername(), task.getProcessInstanceId(), approval);
        decisions.save(new ApprovalDecisionRecord(facts.requestId(), task.getProcessInstanceId(), task.getId(), approval,
                approver, actingFor(task, approval, approver, variables), clock.instant(), decision, comment, amount(approval, facts)));
        taskActions.complete(task, approver, comment, Map.of(ApplicationToItProcess.VAR_DECISION, decision.name()));
    }
}
