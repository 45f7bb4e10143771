package org.procuredesk.tasklist;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * One engine command that takes a task in a person's name and completes it, reading the task, its execution and its
 * model once: the person becomes its assignee (recorded in the task's history as who completed it), and a person
 * standing in for its assignee takes it over with the assignee kept as its owner; the comment is noted; the task is
 * completed with the variables. A task someone else took since {@code readAssignee} was read is refused as claimed.
 *
 * <p>Assignee and owner are set on the entity alone, without the engine's assignment event, its separate history
 * update and its claim entry in the operation log: the completion writes both into the task's history (and the
 * completion, with its user, into the operation log), and whoever completes is checked by the tasks' completion
 * listeners (segregation of duties) as on assignment. Set with their events, the task's close listener would write its
 * history again after the completion, without its end.
 */
record CompleteTaskAs(String taskId, String readAssignee, String username, String comment,
                      Map<String, Object> variables) implements Command<Void> {

    @Override
    public Void execute(CommandContext context) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new NullValueException("Task " + taskId + " is no longer open");
        }
        String assignee = task.getAssignee();
        if (!username.equals(assignee)) {
            if (!Objects.equals(assignee, readAssignee)) {
                throw new TaskAlreadyClaimedException(taskId, assignee);
            }
            if (assignee != null) {
                task.setOwnerWithoutCascade(assignee);
            }
            task.setAssigneeWithoutCascade(username);
        }
        if (comment != null && !comment.isBlank()) {
            new AddCommentCmd(taskId, task.getProcessInstanceId(), comment.trim()).execute(context);
        }
        new CompleteTaskCmd(taskId, variables).execute(context);
        return null;
    }
}
