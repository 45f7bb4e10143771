package org.procuredesk.purchasing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Exclusion;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The IT head decides on an application its budget left out: carry it over to the next period's budget,
 * or reject it, saying why (the requester reads the reason on the application's history).
 */
@Service
@Validated
@Transactional
public class BudgetExclusions {

    private final TaskActions taskActions;

    BudgetExclusions(TaskActions taskActions) {
        this.taskActions = taskActions;
    }

    @PreAuthorize("hasRole('IT_HEAD')")
    public void decide(String taskId, @NotNull(message = "{validation.required}") Exclusion exclusion,
                       @Size(max = 2000, message = "{validation.tooLong}") String comment) {
        String me = CurrentUser.username();
        if (exclusion == Exclusion.REJECTED && (comment == null || comment.isBlank())) {
            throw DomainException.ofField("comment", "approval.commentRequired");
        }
        Task task = taskActions.actionable(taskId, me, Set.of(ApplicationToItProcess.DECIDE_EXCLUDED_APPLICATION));
        taskActions.complete(task, me, comment, Map.of(ApplicationToItProcess.VAR_EXCLUSION, exclusion.name()));
    }
}
