package org.procuredesk.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.system.ConcurrentChange;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Message;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Approvers decide: approve, reject or return for correction (a comment is required for the last
 * two). Only the task's assignee or a member of its candidate group may; segregation of duties is
 * checked before anything is written. When two people decide the same task at once, one wins and
 * the other is told who already handled it.
 */
@Service
@Validated
public class ApprovalService {

    private final TaskActions taskActions;
    private final ApprovalSteps steps;
    private final ApprovalDecisionRepository decisions;
    private final ApprovalWarnings warnings;
    private final PurchaseRequestService requests;

    ApprovalService(TaskActions taskActions, ApprovalSteps steps, ApprovalDecisionRepository decisions,
                    ApprovalWarnings warnings, PurchaseRequestService requests) {
        this.requests = requests;
        this.taskActions = taskActions;
        this.steps = steps;
        this.decisions = decisions;
        this.warnings = warnings;
    }

    @PreAuthorize("isAuthenticated()")
    public void decide(String taskId, @NotNull(message = "{validation.required}") Decision decision,
                       @Size(max = 2000, message = "{validation.tooLong}") String comment) {
        String me = CurrentUser.username();
        if (decision != Decision.APPROVED && (comment == null || comment.isBlank())) {
            throw DomainException.ofField("comment", "approval.commentRequired");
        }
        try {
            steps.decide(me, taskId, decision, comment == null ? null : comment.trim());
        } catch (RuntimeException failure) {
            if (failure instanceof DataIntegrityViolationException || ConcurrentChange.caused(failure)) {
                throw taskActions.alreadyHandled(taskId);
            }
            throw failure;
        }
    }

    /** Why the approval task deserves a closer look, to whoever may decide it; none when nothing stands out. */
    @PreAuthorize("isAuthenticated()")
    public List<Message> warningsOn(String taskId) {
        OpenApproval open = open(taskId);
        return warnings.of(open.approval(), open.application());
    }

    /** An approval task the signed-in person may decide, and the application it is asked on. */
    OpenApproval open(String taskId) {
        Task task = taskActions.actionable(taskId, CurrentUser.username(), ApprovalTasks.STEPS);
        return new OpenApproval(task.getId(), ApprovalTasks.of(task.getTaskDefinitionKey()).orElseThrow(),
                steps.factsOf(task));
    }

    /** The decisions recorded on an application, oldest first, to whoever may read the application. */
    @PreAuthorize("isAuthenticated()")
    public List<ApprovalDecisionView> decisionsOn(Long requestId) {
        requests.get(requestId);
        return decisions.findByRequestIdOrderByDecidedAtAscIdAsc(requestId).stream()
                .map(ApprovalDecisionRecord::view).toList();
    }
}
