package org.procuredesk.reliability;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The raw Camunda engine in the test's JVM on a {@link ScratchDatabase}: full history, no application code, the
 * engine's default job executor, which runs only once {@link #startJobExecutor} says so.
 */
public final class PlainEngine {

    /** The most threads the engine's default job executor runs jobs on. */
    private static final int DEFAULT_JOB_THREADS = 10;

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

    /**
     * Starts the engine's job executor with the engine's default settings (threads, jobs per acquisition, waits). The
     * engine registered itself with its job executor when it was built: registering it again would list it twice, and
     * each acquisition cycle would hand the jobs its thread pool turned away to the pool twice, until the turned-away
     * batches outnumber the jobs it acquires and it acquires none (the timers left stay due, unlocked, unfired).
     */
    public static void startJobExecutor(ProcessEngine engine) {
        jobExecutor(engine).start();
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
     * The engine's connections from a Hikari pool with one for each thread the default job executor may run (ten) and
     * one for its acquisition thread, so that no job waits for a connection; in READ COMMITTED as the engine requires:
     * MariaDB's default, REPEATABLE READ, deadlocks the job executor on the history's inserts.
     */
    private static DataSource dataSource(ScratchDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(DEFAULT_JOB_THREADS + 1);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.addDataSourceProperty("sendFractionalSeconds", "false");
        pool.addDataSourceProperty("connectionTimeZone", "UTC");
        return pool;
    }
}
