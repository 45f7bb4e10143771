package org.procuredesk.audit;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, its models deployed ({@code system.ModelDeployment}), every version of every process
 * keeps its finished cases' history for the days {@link AuditProperties} give its process. A version already set so
 * is left alone: a restart changes only what the settings changed.
 */
@Component
class HistoryRetention {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

    private final AuditProperties properties;
    private final RepositoryService repositoryService;

    HistoryRetention(AuditProperties properties, RepositoryService repositoryService) {
        this.properties = properties;
        this.repositoryService = repositoryService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applyTimeToLive() {
        int changed = 0;
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
            int days = properties.historyTimeToLiveDaysOf(definition.getKey());
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        LOG.info("History time to live set anew on {} process versions", changed);
    }
}
