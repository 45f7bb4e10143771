package org.procuredesk.tasklist;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** How much open work a person has, across every process: the figures on their home page. */
@Service
public class MyWork {

    private final TaskService taskService;
    private final HistoryService historyService;

    MyWork(TaskService taskService, HistoryService historyService) {
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /**
     * @param username the person
     * @param groups   the engine groups (role names) they belong to
     */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public Summary summaryFor(String username, Collection<String> groups) {
        Date now = new Date();
        long assigned = taskService.createTaskQuery().taskAssignee(username).count();
        long overdueAssigned = taskService.createTaskQuery().taskAssignee(username).dueBefore(now).count();
        long offered = groups.isEmpty() ? 0 : groupTasks(groups).count();
        long overdueOffered = groups.isEmpty() ? 0 : groupTasks(groups).dueBefore(now).count();
        long openCases = historyService.createHistoricProcessInstanceQuery().startedBy(username).unfinished().count();
        long closedCases = historyService.createHistoricProcessInstanceQuery().startedBy(username).finished().count();
        return new Summary(assigned, offered, overdueAssigned + overdueOffered, openCases, closedCases);
    }

    private TaskQuery groupTasks(Collection<String> groups) {
        return taskService.createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).taskUnassigned();
    }

    /**
     * @param assignedToMe     tasks assigned to the person
     * @param offeredToMyGroups unclaimed tasks offered to their groups
     * @param overdue          of both, those past their due date
     * @param myOpenRequests   cases they started that are still running
     * @param myClosedRequests cases they started that have ended
     */
    public record Summary(long assignedToMe, long offeredToMyGroups, long overdue, long myOpenRequests,
                          long myClosedRequests) {
    }
}
