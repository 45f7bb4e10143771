package org.procuredesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The history is kept as configured: five years by default, a week for the periodic checks, cleaned up at night. */
@ProcureDeskIntegrationTest
class HistoryRetentionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    HistoryRetention retention;

    @Test
    void everyApplicationProcessKeepsItsHistoryForItsConfiguredDays() {
        assertThat(latest("applicationToIt").getHistoryTimeToLive()).isEqualTo(1825);
        assertThat(latest("warrantyRepair").getHistoryTimeToLive()).isEqualTo(1825);
        assertThat(latest("budgetOpening").getHistoryTimeToLive()).isEqualTo(7);
        assertThat(latest("licenceExpiry").getHistoryTimeToLive()).isEqualTo(7);
    }

    @Test
    void aVersionDeployedWithAnotherTimeToLiveGetsTheConfiguredOneAndKeepsIt() {
        AuditedProcess process = new AuditedProcess(context);
        try {
            assertThat(definition(process).getHistoryTimeToLive()).as("as its model says").isEqualTo(1);

            retention.applyTimeToLive();
            retention.applyTimeToLive();

            assertThat(definition(process).getHistoryTimeToLive()).isEqualTo(1825);
        } finally {
            process.remove();
        }
    }

    @Test
    void theEngineCleansUpHistoryOnlyInTheConfiguredWindow() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }

    private ProcessDefinition definition(AuditedProcess process) {
        return repositoryService.getProcessDefinition(process.definitionId);
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
    }
}
