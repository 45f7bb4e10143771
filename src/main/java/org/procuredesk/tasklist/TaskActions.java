package org.procuredesk.tasklist;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.ConcurrentChange;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.EngineActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every task form does, whatever the process: finds a task the person may act on (assigned
 * to them or to whoever they stand in for, or offered to one of their groups), and completes it in their name. A task someone else
 * completed meanwhile is "already handled by X"; one the person may not touch does not exist for
 * them, and the attempt is logged.
 */
@Component
public class TaskActions {

    private static final Logger LOG = LoggerFactory.getLogger(TaskActions.class);

    private final TaskService taskService;
    private final HistoryService historyService;
    private final EngineActor engineActor;
    private final ProcessEngineConfigurationImpl engine;

    private final PeopleDirectory peopleDirectory;
    private final TaskIndex index;
    private final Viewers viewers;

    TaskActions(TaskService taskService, HistoryService historyService, EngineActor engineActor,
                ProcessEngineConfigurationImpl engine, PeopleDirectory peopleDirectory, TaskIndex index,
                Viewers viewers) {
        this.engine = engine;
        this.peopleDirectory = peopleDirectory;
        this.index = index;
        this.viewers = viewers;
        this.taskService = taskService;
        this.historyService = historyService;
        this.engineActor = engineActor;
    }

    /** The open task, if it is one of {@code steps} and {@code username} may act on it. */
    public Task actionable(String taskId, String username, Set<String> steps) {
        Task task = actionable(taskId, username);
        if (!steps.contains(task.getTaskDefinitionKey())) {
            throw refused(taskId, username);
        }
        return task;
    }

    /**
     * The open task, whatever its step, if {@code username} may act on it: it is assigned to them or to
     * someone they stand in for today, or offered to one of their roles or to them by name.
     */
    public Task actionable(String taskId, String username) {
        Task task = open(taskId, username);
        if (!index.isActionableBy(viewers.actor(username), taskId)) {
            throw refused(taskId, username);
        }
        return task;
    }

    /** The open task, if it is in one of the person's {@code lists}. */
    Task listed(String taskId, String username, TaskScope... lists) {
        Task task = open(taskId, username);
        Viewer viewer = viewers.of(username);
        if (Arrays.stream(lists).noneMatch(list -> index.sees(viewer, list, taskId))) {
            throw refused(taskId, username);
        }
        return task;
    }

    private Task open(String taskId, String username) {
        return find(taskId).orElseThrow(() -> closed(taskId, username));
    }

    /**
     * The open task, read by its id alone: not through the engine's task query, whose SQL is built anew for every
     * call from a mapping written for every filter a task query can have.
     */
    Optional<Task> find(String taskId) {
        return Optional.ofNullable(engine.getCommandExecutorTxRequired()
                .execute(context -> context.getTaskManager().findTaskById(taskId)));
    }

    /** A variable of the task's process instance; none when it has none or has ended. */
    public Object processVariable(Task task, String name) {
        return processVariables(task, List.of(name)).get(name);
    }

    /** Those variables of the task's process instance that it has, in one read; none once the instance has ended. */
    public Map<String, Object> processVariables(Task task, Collection<String> names) {
        return engine.getCommandExecutorTxRequired().execute(new ReadProcessVariables(task.getProcessInstanceId(), names));
    }

    /** The person {@code username} acts for on the task: whoever it is assigned to, when that is not them. */
    public static String actingFor(Task task, String username) {
        return task.getAssignee() == null || task.getAssignee().equals(username) ? null : task.getAssignee();
    }

    /**
     * The refusal of a task that is not the person's to handle: "already handled by X" when someone closed it
     * since it was read, otherwise it does not exist for them, and the attempt is logged.
     */
    DomainException refused(String taskId, String username) {
        if (!isOpen(taskId)) {
            return closed(taskId, username);
        }
        return notFound(taskId, username);
    }

    /**
     * The refusal of a task no longer open: "already handled by X" to someone it was for, who may have lost a race
     * for it; to anyone else it does not exist, as if they had guessed an id, and the attempt is logged.
     */
    DomainException closed(String taskId, String username) {
        return wasFor(taskId, viewers.of(username)) ? alreadyHandled(taskId) : notFound(taskId, username);
    }

    private static DomainException notFound(String taskId, String username) {
        LOG.warn("Refused task {} to '{}': not theirs to handle here", taskId, username);
        return new DomainException("task.notFound");
    }

    /**
     * Whether the closed task was the viewer's to handle: it was assigned to or owned by them, by someone they stand
     * in for or by one of their team, or offered to them or one of their roles.
     */
    private boolean wasFor(String taskId, Viewer viewer) {
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null) {
            return false;
        }
        Set<String> people = new HashSet<>(viewer.actingFor());
        people.addAll(viewer.team());
        people.add(viewer.username());
        return people.contains(task.getAssignee()) || people.contains(task.getOwner())
                || historyService.createHistoricIdentityLinkLogQuery().taskId(taskId)
                        .type(IdentityLinkType.CANDIDATE).list().stream()
                        .anyMatch(link -> viewer.username().equals(link.getUserId())
                                || viewer.roles().contains(link.getGroupId()));
    }

    /**
     * Claims the task if nobody has (or takes it over from the person {@code username} stands in for, who is
     * kept as its owner), notes the comment, and completes it, all as {@code username}, in one engine command.
     */
    public void complete(Task task, String username, String comment, Map<String, Object> variables) {
        try {
            engineActor.as(username, () -> engine.getCommandExecutorTxRequired().execute(new CompleteTaskAs(task.getId(), task.getAssignee(),
                    username, comment, variables)));
        } catch (RuntimeException failure) {
            throw lostRace(task.getId(), failure, () -> alreadyHandled(task.getId()));
        }
    }

    /**
     * A failure while changing a task that someone else's change beat: the task taken meanwhile, a lock lost, or
     * the task (and its execution) gone because it was completed meanwhile. Such a failure becomes what
     * {@code refusal} says; any other is passed on.
     */
    RuntimeException lostRace(String taskId, RuntimeException failure, Supplier<DomainException> refusal) {
        boolean beaten = failure instanceof TaskAlreadyClaimedException || ConcurrentChange.caused(failure)
                || !isOpen(taskId);
        return beaten ? refusal.get() : failure;
    }

    /**
     * The refusal of a task someone else acted on meanwhile: who completed it; that it changed, when it is
     * still open; or that it does not exist.
     */
    public DomainException alreadyHandled(String taskId) {
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done != null) {
            return new DomainException("task.alreadyHandled",
                    done.getAssignee() == null ? "?" : peopleDirectory.nameOf(done.getAssignee()));
        }
        return isOpen(taskId) ? new DomainException("tasks.changedMeanwhile") : new DomainException("task.notFound");
    }

    private boolean isOpen(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() > 0;
    }
}
