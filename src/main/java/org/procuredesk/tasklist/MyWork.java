package org.procuredesk.tasklist;

import java.time.Clock;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How much open work a person has, across every process: the figures on their home page. */
@Service
@Transactional(readOnly = true)
public class MyWork {

    private final TaskIndex index;
    private final Viewers viewers;
    private final HistoryService historyService;
    private final Clock clock;

    MyWork(TaskIndex index, Viewers viewers, HistoryService historyService, Clock clock) {
        this.index = index;
        this.viewers = viewers;
        this.historyService = historyService;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public Summary summaryFor(String username) {
        Viewer viewer = viewers.of(username);
        TaskIndex.OpenWork work = index.openWork(viewer, clock.instant());
        long openCases = historyService.createHistoricProcessInstanceQuery().startedBy(username).unfinished().count();
        long closedCases = historyService.createHistoricProcessInstanceQuery().startedBy(username).finished().count();
        return new Summary(work.assigned(), work.offered(), work.overdue(), openCases, closedCases);
    }

    /**
     * @param assignedToMe      tasks assigned to the person, or to whoever they stand in for
     * @param offeredToMyGroups unclaimed tasks offered to their roles, or to them by name
     * @param overdue           of both, those past their due date
     * @param myOpenRequests    cases they started that are still running
     * @param myClosedRequests  cases they started that have ended
     */
    public record Summary(long assignedToMe, long offeredToMyGroups, long overdue, long myOpenRequests,
                          long myClosedRequests) {

        /**
         * Where the three task figures stop counting: a home page says "1,000+" rather than reading every open
         * task of a role with a hundred thousand.
         */
        public static final int COUNTED_UP_TO = 1000;
    }
}
