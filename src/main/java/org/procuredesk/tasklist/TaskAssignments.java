package org.procuredesk.tasklist;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.EngineActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who works on a task: a person claims one offered to their role, gives back one they claimed, or passes
 * one of theirs to a colleague holding a role it is offered to; a head reassigns their team's tasks within
 * the team. A task only its own person may do (it is offered to no role) stays with them.
 */
@Service
public class TaskAssignments {

    private final TaskService taskService;
    private final TaskIndex index;
    private final Viewers viewers;
    private final TaskActions taskActions;
    private final PeopleDirectory peopleDirectory;
    private final EngineActor engineActor;

    TaskAssignments(TaskService taskService, TaskIndex index, Viewers viewers, TaskActions taskActions,
                    PeopleDirectory peopleDirectory, EngineActor engineActor) {
        this.taskService = taskService;
        this.index = index;
        this.viewers = viewers;
        this.taskActions = taskActions;
        this.peopleDirectory = peopleDirectory;
        this.engineActor = engineActor;
    }

    /** Takes an unclaimed task offered to one of my roles; someone quicker makes it "already claimed by X". */
    @PreAuthorize("isAuthenticated()")
    public void claim(String taskId) {
        String me = CurrentUser.username();
        Viewer viewer = viewers.of(me);
        Task task = taskActions.find(taskId).orElseThrow(() -> taskActions.closed(taskId, me));
        if (!index.isOfferedTo(viewer, taskId)) {
            throw taskActions.refused(taskId, me);
        }
        if (!index.sees(viewer, TaskScope.GROUPS, taskId)) {
            throw alreadyClaimed(taskId);
        }
        try {
            engineActor.as(me, () -> {
                taskService.claim(task.getId(), me);
                return null;
            });
        } catch (RuntimeException failure) {
            throw lostRace(taskId, failure);
        }
    }

    /** Gives a task I claimed back to the roles it is offered to. */
    @PreAuthorize("isAuthenticated()")
    public void unclaim(String taskId) {
        String me = CurrentUser.username();
        Task task = inList(taskId, me, TaskScope.MINE);
        if (!me.equals(task.getAssignee()) || candidateRoles(task).isEmpty()) {
            throw new DomainException("tasks.cannotUnclaim");
        }
        assign(task, me, null);
    }

    /** Passes one of my tasks to a colleague who holds a role it is offered to. */
    @PreAuthorize("isAuthenticated()")
    public void delegate(String taskId, String colleague) {
        String me = CurrentUser.username();
        Task task = inList(taskId, me, TaskScope.MINE);
        if (!colleaguesFor(task, me).contains(colleague)) {
            throw DomainException.ofField("colleague", "tasks.notAColleague");
        }
        assign(task, me, colleague);
    }

    /** A head moves a task of their team to another member of it who may do it. */
    @PreAuthorize("isAuthenticated()")
    public void reassign(String taskId, String member) {
        String me = CurrentUser.username();
        Task task = inList(taskId, me, TaskScope.TEAM);
        if (!teamMembersFor(task, me).contains(member)) {
            throw DomainException.ofField("colleague", "tasks.notATeamMember");
        }
        assign(task, me, member);
    }

    /** The people I may pass one of my tasks to, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> colleagues(String taskId) {
        String me = CurrentUser.username();
        return people(colleaguesFor(inList(taskId, me, TaskScope.MINE), me));
    }

    /** The members of my team I may reassign one of its tasks to, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> teamMembers(String taskId) {
        String me = CurrentUser.username();
        return people(teamMembersFor(inList(taskId, me, TaskScope.TEAM), me));
    }

    private Set<String> colleaguesFor(Task task, String me) {
        return candidateRoles(task).stream()
                .flatMap(role -> peopleDirectory.activeUsernamesWithRole(role).stream())
                .filter(username -> !username.equals(me) && !username.equals(task.getAssignee()))
                .collect(Collectors.toSet());
    }

    private Set<String> teamMembersFor(Task task, String me) {
        Set<String> team = viewers.of(me).team();
        return colleaguesFor(task, me).stream().filter(team::contains).collect(Collectors.toSet());
    }

    private Set<String> candidateRoles(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    private List<PersonSummary> people(Set<String> usernames) {
        return usernames.stream().map(peopleDirectory::findByUsername).flatMap(Optional::stream)
                .sorted(Comparator.comparing(PersonSummary::fullName)).toList();
    }

    private Task inList(String taskId, String me, TaskScope scope) {
        return taskActions.listed(taskId, me, scope);
    }

    private void assign(Task task, String me, String assignee) {
        try {
            engineActor.as(me, () -> {
                taskService.setAssignee(task.getId(), assignee);
                return null;
            });
        } catch (RuntimeException failure) {
            throw lostRace(task.getId(), failure);
        }
    }

    /** A change of assignee that someone else's change of the same task beat is "already claimed by X". */
    private RuntimeException lostRace(String taskId, RuntimeException failure) {
        return taskActions.lostRace(taskId, failure, () -> alreadyClaimed(taskId));
    }

    private DomainException alreadyClaimed(String taskId) {
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return taskActions.alreadyHandled(taskId);
        }
        return index.settledAssignee(taskId)
                .map(winner -> new DomainException("tasks.alreadyClaimed", peopleDirectory.nameOf(winner)))
                .orElseGet(() -> new DomainException("tasks.changedMeanwhile"));
    }
}
