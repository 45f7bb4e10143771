package org.procuredesk.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.procuredesk.system.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's open tasks across every process: assigned to them, or offered to their groups.
 * Straight from the engine, a page at a time, newest first.
 */
@Service
public class MyTasks {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TaskActions taskActions;

    MyTasks(RuntimeService runtimeService, RepositoryService repositoryService,
            TaskActions taskActions) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.taskActions = taskActions;
    }

    @PreAuthorize("isAuthenticated()")
    public List<OpenTask> page(int offset, int limit) {
        List<Task> tasks = mine().orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(offset, limit);
        Map<String, String> businessKeys = businessKeys(tasks);
        return tasks.stream().map(task -> new OpenTask(task.getId(), businessKeys.get(task.getProcessInstanceId()),
                task.getTaskDefinitionKey(), task.getName(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        return mine().count();
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

    private TaskQuery mine() {
        return taskActions.actionableBy(CurrentUser.username());
    }

    private Map<String, String> businessKeys(List<Task> tasks) {
        String[] ids = tasks.stream().map(Task::getProcessInstanceId).filter(id -> id != null).distinct()
                .toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(Set.of(ids)).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }
}
