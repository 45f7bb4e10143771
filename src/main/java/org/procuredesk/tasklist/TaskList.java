package org.procuredesk.tasklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The signed-in person's task lists across every process — their own ("my tasks", with the tasks of whoever
 * they stand in for), their roles' unclaimed ones ("my groups") and, for heads, their team's — a page at a
 * time from the task list's model, so a page costs the same with a hundred or a hundred thousand open tasks.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TaskList {

    /** The most rows one page may hold. */
    public static final int MAX_PAGE = 200;

    private final TaskIndex index;
    private final Viewers viewers;
    private final Clock clock;
    private final TaskActions taskActions;
    private final RepositoryService repositoryService;

    TaskList(TaskIndex index, Viewers viewers, Clock clock, TaskActions taskActions,
             RepositoryService repositoryService) {
        this.index = index;
        this.viewers = viewers;
        this.clock = clock;
        this.taskActions = taskActions;
        this.repositoryService = repositoryService;
    }

    /** One open task the signed-in person may act on; refused as not found, or as already handled by someone. */
    @PreAuthorize("isAuthenticated()")
    public Task open(String taskId) {
        return taskActions.actionable(taskId, CurrentUser.username());
    }

    /** The key of the process the task belongs to, e.g. {@code applicationToIt}. */
    public String processKeyOf(Task task) {
        return repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }

    @PreAuthorize("isAuthenticated()")
    public List<TaskRow> page(@NotNull(message = "{validation.required}") TaskScope scope,
                              @NotNull(message = "{validation.required}") @Valid TaskFilter filter,
                              TaskSort sort, int offset, int limit) {
        filter.checkAmountRange();
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new DomainException("tasks.badPage", MAX_PAGE);
        }
        return index.page(viewers.of(CurrentUser.username()), scope, filter, sort == null ? TaskSort.NEWEST : sort,
                clock.instant(), offset, limit);
    }

    /** Whether the signed-in person heads a team, and so has a "my team" list. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasTeam() {
        return !viewers.of(CurrentUser.username()).team().isEmpty();
    }

    /** Whether one of the case's open tasks is {@code username}'s to act on: theirs, or offered to them. */
    public boolean hasTaskOnCase(String username, String caseNumber) {
        return index.hasTaskOnCase(viewers.of(username), caseNumber);
    }
}
