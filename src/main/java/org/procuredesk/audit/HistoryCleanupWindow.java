package org.procuredesk.audit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The engine's history cleanup removes the history of cases past their time to live only in the configured window. */
@Component
class HistoryCleanupWindow extends AbstractProcessEnginePlugin {

    private final AuditProperties properties;

    HistoryCleanupWindow(AuditProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryCleanupBatchWindowStartTime(properties.cleanupWindowStart());
        configuration.setHistoryCleanupBatchWindowEndTime(properties.cleanupWindowEnd());
    }
}
