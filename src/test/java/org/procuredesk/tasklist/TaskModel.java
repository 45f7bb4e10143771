package org.procuredesk.tasklist;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The open tasks as the engine holds them and as the task list's model does, written the same way to compare. */
@Component
class TaskModel {

    private final TaskService taskService;
    private final JdbcTemplate jdbc;

    TaskModel(TaskService taskService, JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /** One line per open task of a process, and one per candidate of each. */
    Set<String> engine() {
        Set<String> lines = new TreeSet<>();
        for (Task task : taskService.createTaskQuery().list()) {
            if (task.getProcessInstanceId() == null) {
                continue;
            }
            lines.add(line(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getAssignee(),
                    task.getDueDate()));
            taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .forEach(link -> lines.add(candidate(task.getId(), link.getGroupId() != null ? "G" : "U",
                            link.getGroupId() != null ? link.getGroupId() : link.getUserId())));
        }
        return lines;
    }

    Set<String> model() {
        Set<String> lines = new TreeSet<>(jdbc.query("select * from task_index", (row, number) -> line(
                row.getString("task_id"), row.getString("process_instance_id"), row.getString("task_key"),
                row.getString("assignee"), row.getTimestamp("due_at"))));
        List<String> candidates = jdbc.query("select * from task_candidate", (row, number) -> candidate(
                row.getString("task_id"), row.getString("kind"), row.getString("name")));
        lines.addAll(candidates);
        return lines;
    }

    private static String line(String id, String instance, String step, String assignee, Date due) {
        return "task " + id + " of " + instance + " at " + step + " assigned to " + assignee + " due "
                + (due == null ? null : due.getTime() / 1000);
    }

    private static String candidate(String taskId, String kind, String name) {
        return "candidate " + kind + " " + name + " of " + taskId;
    }
}
