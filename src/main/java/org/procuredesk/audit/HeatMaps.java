package org.procuredesk.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.procuredesk.system.DayPeriod;
import org.springframework.stereotype.Component;

/**
 * Where a process version's instances started in a period spend their time: per element, how many executions (of
 * those instances) it had, and the average and 95th percentile of the finished ones, slowest first.
 */
@Component
class HeatMaps {

    private final ProcessNames processes;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Clock clock;

    HeatMaps(ProcessNames processes, HistoryService historyService, RuntimeService runtimeService,
             ManagementService managementService, Clock clock) {
        this.processes = processes;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.clock = clock;
    }

    AuditViews.ProcessHeatMap of(String processDefinitionId, LocalDate from, LocalDate to) {
        DayPeriod period = new DayPeriod(from, to);
        ProcessDefinition definition = processes.definition(processDefinitionId);
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionId(processDefinitionId).startedAfter(EngineTimes.startOf(period, clock))
                .startedBefore(EngineTimes.endOf(period, clock)).list();
        Map<String, List<HistoricActivityInstance>> byElement = executionsOf(processDefinitionId, period).stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, LinkedHashMap::new,
                        Collectors.toList()));
        return new AuditViews.ProcessHeatMap(processDefinitionId, definition.getKey(),
                ProcessNames.nameOf(definition), definition.getVersion(), processes.xmlOf(processDefinitionId), from,
                to, byState(processDefinitionId, instances), byElement.values().stream().map(HeatMaps::element)
                        .sorted(Comparator.comparing(AuditViews.HeatElement::p95Millis,
                                Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList());
    }

    /** The executions of the version's instances started between the days, straight from the history table. */
    private List<HistoricActivityInstance> executionsOf(String processDefinitionId, DayPeriod period) {
        String activities = managementService.getTableName(HistoricActivityInstance.class);
        String instances = managementService.getTableName(HistoricProcessInstance.class);
        return historyService.createNativeHistoricActivityInstanceQuery()
                .sql("select A.* from " + activities + " A where A.PROC_DEF_ID_ = #{definition}"
                        + " and A.PROC_INST_ID_ in (select P.PROC_INST_ID_ from " + instances
                        + " P where P.PROC_DEF_ID_ = #{definition} and P.START_TIME_ >= #{from}"
                        + " and P.START_TIME_ <= #{to})")
                .parameter("definition", processDefinitionId).parameter("from", EngineTimes.startOf(period, clock))
                .parameter("to", EngineTimes.endOf(period, clock)).list();
    }

    private Map<String, Long> byState(String processDefinitionId, List<HistoricProcessInstance> instances) {
        Set<String> withIncidents = runtimeService.createIncidentQuery().processDefinitionId(processDefinitionId)
                .list().stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> states = new LinkedHashMap<>();
        states.put("RUNNING", instances.stream().filter(instance -> instance.getEndTime() == null).count());
        states.put("COMPLETED", instances.stream()
                .filter(instance -> HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())).count());
        states.put("CANCELLED", instances.stream().filter(instance -> instance.getEndTime() != null
                && !HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())).count());
        states.put("WITH_INCIDENTS", instances.stream()
                .filter(instance -> withIncidents.contains(instance.getId())).count());
        return states;
    }

    private static AuditViews.HeatElement element(List<HistoricActivityInstance> executions) {
        HistoricActivityInstance first = executions.get(0);
        List<Long> finished = executions.stream().map(HistoricActivityInstance::getDurationInMillis)
                .filter(duration -> duration != null).sorted().toList();
        return new AuditViews.HeatElement(first.getActivityId(), first.getActivityName(), first.getActivityType(),
                executions.size(), finished.isEmpty() ? null
                        : Math.round(finished.stream().mapToLong(Long::longValue).average().orElseThrow()),
                Percentiles.nearestRank(finished, 95));
    }
}
