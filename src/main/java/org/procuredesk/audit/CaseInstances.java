package org.procuredesk.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * The cases by their numbers: a case is the top-level process instance whose business key is its number; when several
 * share the number, the earliest. Process instances a case calls (a budget's sub-processes) are part of it, not cases.
 */
@Component
class CaseInstances {

    static final int MOST_FOUND = 50;
    /** How many ids an IN list of a query holds at most. */
    static final int CHUNK = 1000;

    private final HistoryService historyService;
    private final ProcessNames processes;

    CaseInstances(HistoryService historyService, ProcessNames processes) {
        this.historyService = historyService;
        this.processes = processes;
    }

    List<AuditViews.CaseRef> find(String numberStart) {
        String start = numberStart == null ? "" : numberStart.strip().toUpperCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(start + "%")
                .rootProcessInstances().orderByProcessInstanceStartTime().desc().listPage(0, MOST_FOUND).stream()
                .map(instance -> new AuditViews.CaseRef(instance.getBusinessKey(), instance.getProcessDefinitionKey(),
                        processes.nameOf(instance.getProcessDefinitionId()), EngineTimes.of(instance.getStartTime()),
                        EngineTimes.of(instance.getEndTime())))
                .toList();
    }

    Optional<HistoricProcessInstance> of(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .rootProcessInstances().orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst();
    }

    /** The business keys of the process instances, by id, asked a thousand at a time. */
    Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            historyService.createHistoricProcessInstanceQuery()
                    .processInstanceIds(new HashSet<>(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .list().forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        }
        return keys;
    }

    /** The case; refused, as not found, for a number no case has. */
    HistoricProcessInstance existing(String businessKey) {
        return of(businessKey).orElseThrow(() -> new DomainException("audit.case.notFound", businessKey));
    }
}
