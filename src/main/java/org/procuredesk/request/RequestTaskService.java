package org.procuredesk.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Correction;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The application's own tasks: IT support's completeness check (2.14) and the requester's answer to
 * a returned application. A comment says what is missing; it stays on the application's history.
 */
@Service
@Validated
@Transactional
public class RequestTaskService {

    private final TaskActions taskActions;
    private final RequestAccess access;
    private final RequestRules rules;
    private final PurchaseRequestRepository requests;

    RequestTaskService(TaskActions taskActions, RequestAccess access, RequestRules rules,
                       PurchaseRequestRepository requests) {
        this.taskActions = taskActions;
        this.access = access;
        this.rules = rules;
        this.requests = requests;
    }

    /** IT support accepts a complete application, or returns it to its requester saying what is missing. */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void checkCompleteness(String taskId, @NotNull(message = "{validation.required}") Completeness verdict,
                                  @Size(max = 2000, message = "{validation.tooLong}") String comment) {
        if (verdict == Completeness.RETURNED && (comment == null || comment.isBlank())) {
            throw DomainException.ofField("comment", "request.sayWhatIsMissing");
        }
        complete(task(taskId, ApplicationToItProcess.CHECK_COMPLETENESS), comment,
                Map.of(ApplicationToItProcess.VAR_COMPLETENESS, verdict.name()));
    }

    /** The requester resubmits the corrected application. */
    @PreAuthorize("hasRole('REQUESTER')")
    @Validated({Default.class, Submission.class})
    public void resubmit(String taskId, @Valid RequestForm corrected) {
        Task task = task(taskId, ApplicationToItProcess.CORRECT_APPLICATION);
        rules.check(corrected);
        PurchaseRequest request = access.own((Long) taskActions.processVariable(task, ApplicationToItProcess.VAR_REQUEST_ID));
        request.fill(corrected.deliveryBranchId(), corrected.justification(), corrected.neededBy(),
                corrected.urgency(), corrected.lines().stream().map(LineForm::toLine).toList());
        request.resubmitted();
        requests.flush();
        complete(task, null, Map.of(ApplicationToItProcess.VAR_CORRECTION, Correction.RESUBMITTED.name()));
    }

    /** The requester gives up a returned application. */
    @PreAuthorize("hasRole('REQUESTER')")
    public void withdrawReturned(String taskId) {
        complete(task(taskId, ApplicationToItProcess.CORRECT_APPLICATION), null,
                Map.of(ApplicationToItProcess.VAR_CORRECTION, Correction.WITHDRAWN.name()));
    }

    /** The application a task of its process is about, to whoever may act on the task. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RequestView applicationOf(String taskId) {
        Task task = taskActions.actionable(taskId, access.currentUsername());
        Long requestId = (Long) taskActions.processVariable(task, ApplicationToItProcess.VAR_REQUEST_ID);
        return requests.findById(requestId).map(RequestView::of)
                .orElseThrow(() -> new DomainException("request.notFound", String.valueOf(requestId)));
    }

    private Task task(String taskId, String step) {
        return taskActions.actionable(taskId, access.currentUsername(), Set.of(step));
    }

    private void complete(Task task, String comment, Map<String, Object> variables) {
        taskActions.complete(task, access.currentUsername(), comment, variables);
    }
}
