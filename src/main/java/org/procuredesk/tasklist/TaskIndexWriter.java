package org.procuredesk.tasklist;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the task list's read model ({@code task_index}, {@code task_candidate}) in step with the engine:
 * it hears the engine's history events for tasks and their candidates, gathers them per command
 * ({@link TaskIndexChanges}, a session the engine gives each command) and writes them through the engine's
 * own connection when the command flushes, in the engine's transaction, so the model commits and rolls back
 * with it. The Camunda starter hands every {@link HistoryEventHandler} bean the engine's events beside its
 * own history.
 */
@Component
class TaskIndexWriter extends AbstractProcessEnginePlugin implements HistoryEventHandler, SessionFactory {

    /** The kinds of candidate: a role (the engine's candidate group) or a person (a candidate user). */
    static final String ROLE = "G";
    static final String PERSON = "U";

    private static final String CREATE = HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName();
    private static final List<String> ENDS = List.of(HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName(),
            HistoryEventTypes.TASK_INSTANCE_DELETE.getEventName());

    /** Where a task without a due date sorts: after every real one. */
    private static final Timestamp NO_DUE_DATE = Timestamp.valueOf("9999-12-31 00:00:00");

    private final JdbcTemplate jdbc;
    private final ObjectProvider<CaseSummaries> summaries;

    TaskIndexWriter(JdbcTemplate jdbc, ObjectProvider<CaseSummaries> summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        factories.add(this);
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public Class<?> getSessionType() {
        return TaskIndexChanges.class;
    }

    @Override
    public Session openSession() {
        return new TaskIndexChanges(this);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task && task.getProcessInstanceId() != null) {
            onTask(task);
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null
                && IdentityLinkType.CANDIDATE.equals(link.getType())) {
            changes().candidate(link.getTaskId(), Candidate.of(link.getGroupId(), link.getUserId()),
                    HistoryEventTypes.IDENTITY_LINK_ADD.getEventName().equals(link.getEventType()));
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void onTask(HistoricTaskInstanceEventEntity task) {
        if (CREATE.equals(task.getEventType())) {
            ExecutionEntity instance = Context.getCommandContext().getExecutionManager()
                    .findExecutionById(task.getProcessInstanceId());
            changes().created(task, instance.getBusinessKey(), summaryOf(task.getProcessDefinitionKey(), instance));
        } else if (ENDS.contains(task.getEventType())) {
            changes().ended(task.getTaskId());
        } else {
            changes().updated(task);
        }
    }

    private static TaskIndexChanges changes() {
        return Context.getCommandContext().getSession(TaskIndexChanges.class);
    }

    /** Takes an ended task out of the model. */
    void delete(String taskId) {
        jdbc.update("delete from task_candidate where task_id = ?", taskId);
        jdbc.update("delete from task_index where task_id = ?", taskId);
    }

    /** A task's new assignee, due date or definition, in its row and its candidates' sort keys. */
    void update(HistoricTaskInstanceEventEntity task) {
        jdbc.update("update task_index set assignee = ?, due_at = ?, due_order = ?, task_key = ?, process_key = ?"
                        + " where task_id = ?",
                task.getAssignee(), timestamp(task.getDueDate()), dueOrder(task.getDueDate()), task.getTaskDefinitionKey(),
                task.getProcessDefinitionKey(), task.getTaskId());
        jdbc.update("update task_candidate set unclaimed = ?, due_order = ? where task_id = ?",
                task.getAssignee() == null, dueOrder(task.getDueDate()), task.getTaskId());
    }

    /** The task is no longer offered to that role or person. */
    void removeCandidate(String taskId, Candidate candidate) {
        jdbc.update("delete from task_candidate where kind = ? and name = ? and task_id = ?", candidate.kind(),
                candidate.name(), taskId);
    }

    CaseSummary summaryOf(String processKey, ExecutionEntity instance) {
        return summaries.orderedStream().filter(feature -> feature.handles(processKey)).findFirst()
                .map(feature -> feature.summarize(instance)).orElse(CaseSummary.NONE);
    }

    /** One open task into the model, with what its case is about. */
    void insert(String taskId, String instanceId, String processKey, String taskKey, String caseNumber,
                String assignee, Date created, Date due, CaseSummary summary) {
        jdbc.update("insert into task_index (task_id, process_instance_id, process_key, task_key, case_number,"
                        + " assignee, created_at, due_at, due_order, requester, amount, subject, department_id, branch_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                taskId, instanceId, processKey, taskKey, caseNumber, assignee, timestamp(created), timestamp(due),
                dueOrder(due),
                summary.requester(), summary.amount(), summary.subject(), summary.departmentId(), summary.branchId());
    }

    /**
     * Offers the task to a role or person, once however often the engine says so, with the task's sort keys
     * copied from its row, which is written first.
     */
    void addCandidate(String taskId, Candidate candidate) {
        String kind = candidate.kind();
        String name = candidate.name();
        jdbc.update("insert into task_candidate (kind, name, task_id, unclaimed, created_at, due_order, amount)"
                + " select ?, ?, t.task_id, case when t.assignee is null then true else false end, t.created_at,"
                + " t.due_order, t.amount from task_index t where t.task_id = ? and not exists (select 1 from"
                + " task_candidate c where c.kind = ? and c.name = ? and c.task_id = ?)",
                kind, name, taskId, kind, name, taskId);
    }

    private static Timestamp dueOrder(Date due) {
        return due == null ? NO_DUE_DATE : timestamp(due);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** A role or a person a task is offered to, as the engine names it: by its group, or else by its user. */
    record Candidate(String kind, String name) {

        static Candidate of(String groupId, String userId) {
            return groupId != null ? new Candidate(ROLE, groupId) : new Candidate(PERSON, userId);
        }
    }
}
