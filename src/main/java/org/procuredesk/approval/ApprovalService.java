package org.procuredesk.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalService.class);

    private final TaskService taskService;
    private final HistoryService historyService;
    private final ApprovalSteps steps;
    private final ApprovalDecisionRepository decisions;

    ApprovalService(TaskService taskService, HistoryService historyService, ApprovalSteps steps,
                    ApprovalDecisionRepository decisions) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.steps = steps;
        this.decisions = decisions;
    }

    @PreAuthorize("isAuthenticated()")
    public void decide(String taskId, @NotNull(message = "{validation.required}") Decision decision,
                       @Size(max = 2000, message = "{validation.tooLong}") String comment) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        if (decision != Decision.APPROVED && (comment == null || comment.isBlank())) {
            throw DomainException.ofField("comment", "approval.commentRequired");
        }
        Task task = actionableTask(taskId, me);
        Approval approval = ApprovalTasks.of(task.getTaskDefinitionKey())
                .orElseThrow(() -> new DomainException("approval.notAnApproval"));
        try {
            steps.decide(me, task, approval, decision, comment == null ? null : comment.trim());
        } catch (OptimisticLockingException | DataIntegrityViolationException concurrent) {
            throw alreadyHandled(taskId);
        }
    }

    /** The decisions recorded on an application, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ApprovalDecisionView> decisionsOn(Long requestId) {
        return decisions.findByRequestIdOrderByDecidedAtAscIdAsc(requestId).stream()
                .map(ApprovalDecisionRecord::view).toList();
    }

    private Task actionableTask(String taskId, String me) {
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            throw alreadyHandled(taskId);
        }
        Task task = taskService.createTaskQuery().taskId(taskId)
                .or().taskAssignee(me).taskCandidateUser(me).endOr()
                .singleResult();
        if (task == null) {
            LOG.warn("Refused task {} to '{}': neither assigned nor offered to them", taskId, me);
            throw new DomainException("task.notFound");
        }
        return task;
    }

    private DomainException alreadyHandled(String taskId) {
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done == null) {
            return new DomainException("task.notFound");
        }
        return new DomainException("task.alreadyHandled", done.getAssignee() == null ? "?" : done.getAssignee());
    }
}
