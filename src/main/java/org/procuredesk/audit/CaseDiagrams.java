package org.procuredesk.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * A case on its diagram: each element that ran with its figures, where the case waits, and the sequence flows it
 * took. A flow counts as taken when an execution of its source finished and an execution of its target started at
 * that moment or later; a flow whose target the case reached later by another path is shown taken too.
 */
@Component
class CaseDiagrams {

    private final CaseInstances cases;
    private final ProcessNames processes;
    private final HistoryService historyService;

    CaseDiagrams(CaseInstances cases, ProcessNames processes, HistoryService historyService) {
        this.cases = cases;
        this.processes = processes;
        this.historyService = historyService;
    }

    Optional<AuditViews.CaseDiagram> of(String businessKey) {
        return cases.of(businessKey).map(this::diagram);
    }

    private AuditViews.CaseDiagram diagram(HistoricProcessInstance instance) {
        String xml = processes.xmlOf(instance.getProcessDefinitionId());
        Map<String, List<HistoricActivityInstance>> byElement = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, LinkedHashMap::new,
                        Collectors.toList()));
        Set<String> current = byElement.values().stream().flatMap(List::stream)
                .filter(execution -> execution.getEndTime() == null).map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toCollection(TreeSet::new));
        return new AuditViews.CaseDiagram(instance.getBusinessKey(), instance.getId(),
                instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
                processes.nameOf(instance.getProcessDefinitionId()), instance.getProcessDefinitionVersion(), xml,
                instance.getEndTime() != null, EngineTimes.of(instance.getStartTime()),
                EngineTimes.of(instance.getEndTime()),
                byElement.values().stream().map(CaseDiagrams::stats).toList(), current, passedFlows(xml, byElement));
    }

    private static AuditViews.ElementStats stats(List<HistoricActivityInstance> executions) {
        HistoricActivityInstance first = executions.get(0);
        List<Long> finished = executions.stream().map(HistoricActivityInstance::getDurationInMillis)
                .filter(duration -> duration != null).toList();
        long total = finished.stream().mapToLong(Long::longValue).sum();
        return new AuditViews.ElementStats(first.getActivityId(), first.getActivityName(), first.getActivityType(),
                executions.size(), finished.isEmpty() ? null : Math.round((double) total / finished.size()),
                finished.isEmpty() ? null : total,
                (int) executions.stream().filter(execution -> execution.getEndTime() == null).count());
    }

    private static Set<String> passedFlows(String xml, Map<String, List<HistoricActivityInstance>> byElement) {
        Collection<SequenceFlow> flows = Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getModelElementsByType(SequenceFlow.class);
        return flows.stream()
                .filter(flow -> taken(byElement.getOrDefault(flow.getSource().getId(), List.of()),
                        byElement.getOrDefault(flow.getTarget().getId(), List.of())))
                .map(SequenceFlow::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean taken(List<HistoricActivityInstance> sources, List<HistoricActivityInstance> targets) {
        return sources.stream().filter(source -> source.getEndTime() != null).anyMatch(source -> targets.stream()
                .anyMatch(target -> !target.getStartTime().before(source.getEndTime())));
    }
}
