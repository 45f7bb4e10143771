package org.procuredesk.audit;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/** What was said on a task, oldest first, a line each; none when nothing was. */
@Component
class TaskComments {

    private final TaskService taskService;

    TaskComments(TaskService taskService) {
        this.taskService = taskService;
    }

    String of(String taskId) {
        if (taskId == null) {
            return null;
        }
        String said = taskService.getTaskComments(taskId).stream().sorted(Comparator.comparing(Comment::getTime))
                .map(Comment::getFullMessage).collect(Collectors.joining("\n"));
        return said.isEmpty() ? null : said;
    }
}
