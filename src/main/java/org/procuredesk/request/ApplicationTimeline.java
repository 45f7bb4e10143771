package org.procuredesk.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's history as its process recorded it: each user task, who held it, when, and what was
 * said; last, its cancellation, if it was cancelled for want of a correction.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationTimeline {

    private static final Set<String> HAPPENINGS = Set.of(ApplicationToItProcess.APPLICATION_CANCELLED,
            ApplicationToItProcess.BUDGET_APPROVED, ApplicationToItProcess.BUDGET_EXCLUDED,
            ApplicationToItProcess.RECEIPT_CONFIRMATION_OVERDUE);

    private final RequestAccess access;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final PeopleDirectory names;
    private final TaskActions taskActions;

    ApplicationTimeline(RequestAccess access, HistoryService historyService, TaskService taskService,
                        PeopleDirectory names, TaskActions taskActions) {
        this.access = access;
        this.historyService = historyService;
        this.taskService = taskService;
        this.names = names;
        this.taskActions = taskActions;
    }

    /** Oldest first; empty for a draft. Refused as not found to whoever may not read the application. */
    @PreAuthorize("isAuthenticated()")
    public List<TimelineEntry> of(Long requestId) {
        return ofProcess(access.readable(requestId).getProcessInstanceId());
    }

    /** The history of the application a task is about, to whoever may act on the task. */
    @PreAuthorize("isAuthenticated()")
    public List<TimelineEntry> ofTask(String taskId) {
        return ofProcess(taskActions.actionable(taskId, access.currentUsername()).getProcessInstanceId());
    }

    private List<TimelineEntry> ofProcess(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        Map<String, List<String>> comments = taskService.getProcessInstanceComments(processInstanceId).stream()
                .filter(comment -> comment.getTaskId() != null)
                .sorted((one, other) -> one.getTime().compareTo(other.getTime()))
                .collect(Collectors.groupingBy(Comment::getTaskId,
                        Collectors.mapping(Comment::getFullMessage, Collectors.toList())));
        Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
        // in the order the engine ran them: start times alone tie within a second on MySQL
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(step -> tasks.containsKey(step.getTaskId())
                        ? Optional.of(entry(tasks.get(step.getTaskId()), comments.getOrDefault(step.getTaskId(),
                                List.of())))
                        : happening(step))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * What happened to the application without anyone's task: its budget's news, and what time decided — an
     * automatic cancellation, an automatically confirmed receipt. Each step's name says what it was.
     */
    private static Optional<TimelineEntry> happening(HistoricActivityInstance step) {
        if (!HAPPENINGS.contains(step.getActivityId()) || step.getEndTime() == null) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEntry(step.getActivityId(), null, step.getStartTime().toInstant(),
                step.getStartTime().toInstant(), List.of()));
    }

    private TimelineEntry entry(HistoricTaskInstance task, List<String> comments) {
        return new TimelineEntry(task.getTaskDefinitionKey(), names.nameOf(task.getAssignee()),
                task.getStartTime().toInstant(), task.getEndTime() == null ? null : task.getEndTime().toInstant(),
                comments);
    }
}
