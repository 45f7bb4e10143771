package org.procuredesk.bench;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * A benchmark's baseline: the raw Camunda engine, full history, no job executor and no application code, on the
 * application's own database and tables, with models of the same shape as the application's deployed beside them.
 * {@link #remove(ProcessEngine)} deletes its deployments, with their instances and history, and closes it.
 */
public final class BaselineEngine {

    private static final String NAME = "bench-baseline";

    private BaselineEngine() {
    }

    /** @param models class path resources, e.g. {@code bench/application-shape.bpmn} */
    public static ProcessEngine start(DataSource dataSource, String... models) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setCmmnEnabled(false); // as ProcureDesk's engine, which has no CMMN tables
        configuration.setIdGenerator(new StrongUuidGenerator()); // as ProcureDesk's, no id blocks fetched on the way
        // as ProcureDesk's (application.yml): removal time set at the start, no tasks outside a process
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setStandaloneTasksEnabled(false);
        ProcessEngine engine = configuration.setProcessEngineName(NAME)
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name(NAME);
        for (String model : models) {
            deployment.addClasspathResource(model);
        }
        deployment.deploy();
        return engine;
    }

    public static void remove(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeploymentQuery().deploymentName(NAME).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
        engine.close();
    }
}
