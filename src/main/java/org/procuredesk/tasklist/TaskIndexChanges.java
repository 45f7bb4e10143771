package org.procuredesk.tasklist;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.procuredesk.tasklist.TaskIndexWriter.Candidate;

/**
 * What one engine command changes in the task list's model, gathered while the command runs and written
 * when it flushes, after the engine's own statements and in the same transaction: a task made and assigned
 * in one command is one row and one row per candidate, however many events the engine told of it, and a
 * task made and ended in one command is never written. A command that fails flushes nothing.
 */
class TaskIndexChanges implements Session {

    private final TaskIndexWriter writer;
    private final Map<String, Change> changes = new LinkedHashMap<>();

    TaskIndexChanges(TaskIndexWriter writer) {
        this.writer = writer;
    }

    /** A task the command made, with what its case is about. */
    void created(HistoricTaskInstanceEventEntity task, String caseNumber, CaseSummary summary) {
        Change change = of(task.getTaskId());
        change.created = new NewTask(task.getStartTime(), caseNumber, summary);
        change.latest = task;
    }

    /** A task whose assignee, due date or definition the command changed: its last state counts. */
    void updated(HistoricTaskInstanceEventEntity task) {
        of(task.getTaskId()).latest = task;
    }

    /** A task the command completed or deleted. */
    void ended(String taskId) {
        of(taskId).ended = true;
    }

    /** A role or person the task is now, or is no longer, offered to: the last word for each counts. */
    void candidate(String taskId, Candidate candidate, boolean offered) {
        of(taskId).candidates.put(candidate, offered);
    }

    private Change of(String taskId) {
        return changes.computeIfAbsent(taskId, id -> new Change());
    }

    @Override
    public void flush() {
        changes.forEach((taskId, change) -> {
            if (change.ended) {
                if (change.created == null) {
                    writer.delete(taskId);
                }
                return;
            }
            if (change.created != null) {
                writer.insert(taskId, change.latest.getProcessInstanceId(), change.latest.getProcessDefinitionKey(),
                        change.latest.getTaskDefinitionKey(), change.created.caseNumber(), change.latest.getAssignee(),
                        change.created.at(), change.latest.getDueDate(), change.created.summary());
            } else if (change.latest != null) {
                writer.update(change.latest);
            }
            change.candidates.forEach((candidate, offered) -> {
                if (offered) {
                    writer.addCandidate(taskId, candidate);
                } else if (change.created == null) {
                    writer.removeCandidate(taskId, candidate);
                }
            });
        });
        changes.clear();
    }

    @Override
    public void close() {
        changes.clear();
    }

    private static final class Change {
        NewTask created;
        HistoricTaskInstanceEventEntity latest;
        boolean ended;
        final Map<Candidate, Boolean> candidates = new LinkedHashMap<>();
    }

    private record NewTask(Date at, String caseNumber, CaseSummary summary) {
    }
}
