package org.procuredesk.tasklist;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.Jobs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The open tasks as the engine holds them and as the task list's model does, written the same way to compare. */
@Component
class TaskModel {

    private static final Timestamp NO_DUE_DATE = Timestamp.valueOf("9999-12-31 00:00:00");

    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    TaskModel(TaskService taskService, ManagementService managementService, JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** Runs the jobs due, so that reading the engine and then the model sees one moment. */
    void settle() {
        Jobs.runDue(managementService);
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
                            link.getGroupId() != null ? link.getGroupId() : link.getUserId(), task.getAssignee() == null,
                            task.getDueDate())));
        }
        return lines;
    }

    Set<String> model() {
        Set<String> lines = new TreeSet<>(jdbc.query("select * from task_index", (row, number) -> line(
                row.getString("task_id"), row.getString("process_instance_id"), row.getString("task_key"),
                row.getString("assignee"), row.getTimestamp("due_at"))));
        List<String> candidates = jdbc.query("select c.*, t.created_at as task_created, t.amount as task_amount"
                + " from task_candidate c left join task_index t on t.task_id = c.task_id", (row, number) -> candidate(
                row.getString("task_id"), row.getString("kind"), row.getString("name"), row.getBoolean("unclaimed"),
                NO_DUE_DATE.equals(row.getTimestamp("due_order")) ? null : row.getTimestamp("due_order"))
                + (row.getTimestamp("created_at").equals(row.getTimestamp("task_created"))
                && Objects.equals(row.getBigDecimal("amount"), row.getBigDecimal("task_amount")) ? "" : " out of step"));
        lines.addAll(candidates);
        return lines;
    }

    private static String line(String id, String instance, String step, String assignee, Date due) {
        return "task " + id + " of " + instance + " at " + step + " assigned to " + assignee + " due "
                + (due == null ? null : due.getTime() / 1000);
    }

    private static String candidate(String taskId, String kind, String name, boolean unclaimed, Date due) {
        return "candidate " + kind + " " + name + " of " + taskId + (unclaimed ? " unclaimed" : " claimed") + " due "
                + (due == null ? null : due.getTime() / 1000);
    }
}
