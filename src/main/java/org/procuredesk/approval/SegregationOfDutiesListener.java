package org.procuredesk.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.stereotype.Component;

/**
 * The engine's own guard on approval tasks ({@code ${segregationOfDuties}} on assignment and on
 * completion): whoever the task goes to, and whoever completes it, must be allowed to approve by
 * the {@link SegregationOfDutiesPolicy}, whatever path the call took.
 */
@Component("segregationOfDuties")
class SegregationOfDutiesListener implements TaskListener {

    private final SegregationOfDutiesPolicy policy;

    SegregationOfDutiesListener(SegregationOfDutiesPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalTasks.of(task.getTaskDefinitionKey()).ifPresent(approval -> {
            boolean assignment = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
            String approver = assignment ? task.getAssignee() : approver(task);
            if (assignment && approver == null) {
                return;
            }
            policy.check(approver, (String) task.getVariable(ApplicationToItProcess.VAR_REQUESTER),
                    task.getProcessInstanceId(), approval);
        });
    }

    /** The task's assignee; on completion without one, the person completing it. */
    private static String approver(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
