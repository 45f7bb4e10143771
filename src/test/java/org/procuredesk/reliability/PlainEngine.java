package org.procuredesk.reliability;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The raw Camunda engine in the test's JVM on a {@link ScratchDatabase}: full history, no application code, the
 * engine's default job executor, which runs only once {@link #startJobExecutor} says so.
 */
public final class PlainEngine {

    private PlainEngine() {
    }

    /** An engine on the tables the application made (it creates none). */
    public static ProcessEngine onApplicationTables(ScratchDatabase database, String name) {
        return build(database, name, ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE);
    }

    /** An engine on an empty database: it creates its own tables. */
    public static ProcessEngine creatingItsTables(ScratchDatabase database, String name) {
        return build(database, name, ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
    }

    /** Starts the engine's job executor with the engine's default settings (threads, jobs per acquisition, waits). */
    public static void startJobExecutor(ProcessEngine engine) {
        JobExecutor jobExecutor = jobExecutor(engine);
        jobExecutor.registerProcessEngine((ProcessEngineImpl) engine);
        jobExecutor.start();
    }

    /** Stops the job executor, if it runs, closes the engine and its connection pool. */
    public static void close(ProcessEngine engine) {
        jobExecutor(engine).shutdown();
        engine.close();
        ((HikariDataSource) engine.getProcessEngineConfiguration().getDataSource()).close();
    }

    private static JobExecutor jobExecutor(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    private static ProcessEngine build(ScratchDatabase database, String name, String schemaUpdate) {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(dataSource(database));
        configuration.setDatabaseSchemaUpdate(schemaUpdate);
        configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setCmmnEnabled(false);
        // UUIDs, as the application's engine (the Spring Boot starter) makes them, not blocks of numbers from a table
        configuration.setIdGenerator(new StrongUuidGenerator());
        return configuration.buildProcessEngine();
    }

    /**
     * The engine's connections from a Hikari pool of the engine's default size (ten), in READ COMMITTED as the engine
     * requires: MariaDB's default, REPEATABLE READ, deadlocks the job executor on the history's inserts.
     */
    private static DataSource dataSource(ScratchDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(10);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.addDataSourceProperty("sendFractionalSeconds", "false");
        pool.addDataSourceProperty("connectionTimeZone", "UTC");
        return pool;
    }
}
