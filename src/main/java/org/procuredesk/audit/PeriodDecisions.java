package org.procuredesk.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DayPeriod;
import org.springframework.stereotype.Component;

/**
 * Every decision of a period, oldest first: each user task completed in it whose completion set variables (what the
 * person decided), with who and what they said, and each decision table's decision.
 */
@Component
class PeriodDecisions {

    private final HistoryService historyService;
    private final VariableChanges variables;
    private final EngineDecisions engineDecisions;
    private final CaseInstances cases;
    private final TaskComments comments;
    private final PeopleDirectory people;
    private final Clock clock;

    PeriodDecisions(HistoryService historyService, VariableChanges variables, EngineDecisions engineDecisions,
                    CaseInstances cases, TaskComments comments, PeopleDirectory people, Clock clock) {
        this.historyService = historyService;
        this.variables = variables;
        this.engineDecisions = engineDecisions;
        this.cases = cases;
        this.comments = comments;
        this.people = people;
        this.clock = clock;
    }

    List<AuditViews.DecisionEntry> between(LocalDate fromDay, LocalDate toDay) {
        DayPeriod period = new DayPeriod(fromDay, toDay);
        Date from = EngineTimes.startOf(period, clock);
        Date to = EngineTimes.endOf(period, clock);
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery().finished()
                .finishedAfter(from).finishedBefore(to).list();
        List<HistoricVariableUpdate> changes = variables.between(from, to);
        Map<String, String> businessKeys = cases.businessKeys(tasks.stream()
                .map(HistoricTaskInstance::getProcessInstanceId).toList());
        Stream<AuditViews.DecisionEntry> byPeople = tasks.stream().map(task -> decision(task, changes, businessKeys))
                .filter(Objects::nonNull);
        return Stream.concat(byPeople, engineDecisions.between(from, to).stream())
                .sorted(Comparator.comparing(AuditViews.DecisionEntry::at)).toList();
    }

    /** The task's decision; none when completing it set nothing. */
    private AuditViews.DecisionEntry decision(HistoricTaskInstance task, List<HistoricVariableUpdate> changes,
                                              Map<String, String> businessKeys) {
        String decided = VariableChanges.decidedBy(changes, task.getActivityInstanceId(), task.getId());
        if (decided == null) {
            return null;
        }
        return new AuditViews.DecisionEntry(task.getEndTime().toInstant(), businessKeys.get(task.getProcessInstanceId()),
                task.getProcessDefinitionKey(), task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
                task.getAssignee(), people.nameOf(task.getAssignee()), decided, comments.of(task.getId()));
    }
}
