package org.procuredesk.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/**
 * A case's whole trail, oldest first: its start and end, its steps (tasks with who did them, timers, messages,
 * escalations), the decision tables' decisions, the variable changes that matter, its incidents, and what the
 * application recorded of it ({@link CaseRecords}).
 */
@Component
class CaseTrail {

    private final CaseInstances cases;
    private final HistoryService historyService;
    private final ElementExecutions executions;
    private final VariableChanges variables;
    private final EngineDecisions decisions;
    private final List<CaseRecords> records;
    private final PeopleDirectory people;

    CaseTrail(CaseInstances cases, HistoryService historyService, ElementExecutions executions,
              VariableChanges variables, EngineDecisions decisions, List<CaseRecords> records,
              PeopleDirectory people) {
        this.cases = cases;
        this.historyService = historyService;
        this.executions = executions;
        this.variables = variables;
        this.decisions = decisions;
        this.records = records;
        this.people = people;
    }

    List<AuditViews.TrailEntry> of(String businessKey) {
        HistoricProcessInstance instance = cases.existing(businessKey);
        Map<String, HistoricTaskInstance> tasks = executions.tasksOf(instance.getId());
        List<AuditViews.TrailEntry> trail = new ArrayList<>();
        trail.add(entry(instance.getStartTime().toInstant(), AuditViews.TrailKind.STARTED,
                instance.getProcessDefinitionKey(), instance.getStartUserId(), null));
        // in the order the engine ran them, which the stable sort below keeps where times tie (to the second on MySQL)
        historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().forEach(
                step -> TrailSteps.kindOf(step.getActivityType()).ifPresent(kind -> trail.add(step(step, kind,
                        tasks.get(step.getTaskId())))));
        decisions.ofProcess(instance.getId()).forEach(decision -> trail.add(entry(decision.at(),
                AuditViews.TrailKind.DECISION, decision.step(), decision.who(), decision.decision())));
        Map<String, HistoricTaskInstance> tasksBySteps = tasks.values().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, Function.identity()));
        variables.ofProcess(instance.getId()).forEach(change -> trail.add(variable(change,
                tasks.getOrDefault(change.getTaskId(), tasksBySteps.get(change.getActivityInstanceId())))));
        historyService.createHistoricIncidentQuery().processInstanceId(instance.getId()).list().forEach(incident ->
                trail.add(entry(incident.getCreateTime().toInstant(), AuditViews.TrailKind.INCIDENT,
                        incident.getActivityId(), null, incident.getIncidentMessage())));
        records.stream().filter(each -> each.handles(instance.getProcessDefinitionKey()))
                .forEach(each -> trail.addAll(each.entries(businessKey)));
        if (instance.getEndTime() != null) {
            trail.add(entry(instance.getEndTime().toInstant(), AuditViews.TrailKind.ENDED,
                    instance.getProcessDefinitionKey(), null, instance.getDeleteReason()));
        }
        return trail.stream().sorted(Comparator.comparing(AuditViews.TrailEntry::at)).toList();
    }

    private AuditViews.TrailEntry step(HistoricActivityInstance step, AuditViews.TrailKind kind,
                                       HistoricTaskInstance task) {
        String actingFor = ElementExecutions.actingFor(task);
        return entry((step.getEndTime() == null ? step.getStartTime() : step.getEndTime()).toInstant(), kind,
                step.getActivityName() == null ? step.getActivityId() : step.getActivityName(),
                ElementExecutions.who(task), actingFor == null ? null : "actingFor = " + actingFor);
    }

    /** A change, by whoever completed the task that made it; none for what the process did by itself. */
    private AuditViews.TrailEntry variable(HistoricVariableUpdate change, HistoricTaskInstance task) {
        return entry(change.getTime().toInstant(), AuditViews.TrailKind.VARIABLE, change.getVariableName(),
                ElementExecutions.who(task), VariableChanges.text(change.getValue()));
    }

    private AuditViews.TrailEntry entry(Instant at, AuditViews.TrailKind kind, String what, String who,
                                        String detail) {
        return new AuditViews.TrailEntry(at, kind, what, who, people.nameOf(who), detail);
    }
}
