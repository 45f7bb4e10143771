package org.procuredesk.audit;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Every deployed process version with its instances by state: running (not ended), completed (ended at an end
 * event), cancelled (ended otherwise: deleted, or terminated from inside) and, of the running, those with an open
 * incident.
 */
@Component
class ProcessVersions {

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;

    ProcessVersions(RepositoryService repositoryService, HistoryService historyService,
                    RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
    }

    List<AuditViews.ProcessVersion> all() {
        return repositoryService.createProcessDefinitionQuery().orderByProcessDefinitionName().asc()
                .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list().stream()
                .map(this::version).toList();
    }

    private AuditViews.ProcessVersion version(ProcessDefinition definition) {
        String id = definition.getId();
        return new AuditViews.ProcessVersion(id, definition.getKey(), ProcessNames.nameOf(definition),
                definition.getVersion(),
                historyService.createHistoricProcessInstanceQuery().processDefinitionId(id).unfinished().count(),
                historyService.createHistoricProcessInstanceQuery().processDefinitionId(id).completed().count(),
                historyService.createHistoricProcessInstanceQuery().processDefinitionId(id).externallyTerminated()
                        .count()
                        + historyService.createHistoricProcessInstanceQuery().processDefinitionId(id)
                        .internallyTerminated().count(),
                runtimeService.createProcessInstanceQuery().processDefinitionId(id).withIncident().count());
    }
}
