package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procuredesk.budget.BudgetKind;

/**
 * Two copies of the packaged application on one database, both job executors on: a timer due on both at the same
 * moment fires once, on one of them, and a budget period opened from both at once opens once. The job log names
 * the node that ran each job (each node's engine hostname).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static final int TIMERS = 500;
    private static final String TIMER_PROCESS = "twoNodesTimer";
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(3);

    private ScratchDatabase database;
    private PackagedApplication nodeA;
    private PackagedApplication nodeB;

    @BeforeAll
    void startTwoNodes() {
        database = ScratchDatabase.create("pd_nodes");
        nodeA = node("node-a");
        nodeB = node("node-b");
        // one after the other: the first creates the schemas (Flyway's and the engine's), the second finds them
        nodeA.start();
        nodeB.start();
    }

    @AfterAll
    void stopTheNodes() {
        try {
            nodeA.stop();
            nodeB.stop();
        } finally {
            database.close();
        }
    }

    @Test
    void fiveHundredTimersDueAtOnceOnTwoNodesEachFireExactlyOnce() throws Exception {
        Instant due = Instant.parse(database.single("SELECT DATE_FORMAT(UTC_TIMESTAMP() + INTERVAL 30 SECOND,"
                + " '%Y-%m-%dT%H:%i:%sZ')"));
        Instant creating = Instant.now();
        ProcessEngine engine = testEngine();
        try {
            engine.getRepositoryService().createDeployment().addModelInstance(TIMER_PROCESS + ".bpmn",
                    Bpmn.createExecutableProcess(TIMER_PROCESS).camundaHistoryTimeToLive(1).startEvent()
                            .intermediateCatchEvent("waitTogether").timerWithDate(due.toString()).endEvent().done())
                    .deploy();
            startInstances(engine);
        } finally {
            engine.close();
        }
        Instant started = Instant.now();

        await(() -> database.count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?"
                + " AND END_TIME_ IS NOT NULL", TIMER_PROCESS), TIMERS);

        assertThat(started).as("every instance waited for the same moment").isBefore(due);
        assertThat(database.count("SELECT COUNT(DISTINCT PROC_INST_ID_) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'waitTogether'"
                + " AND END_TIME_ IS NOT NULL")).isEqualTo(TIMERS);
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'waitTogether'"))
                .as("each instance passed its timer once").isEqualTo(TIMERS);
        assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = ?", TIMER_PROCESS)).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
        Map<String, Long> firedBy = firedByNode(TIMER_PROCESS);
        System.out.printf("%d timers started in %s, due at %s: fired by %s, %d failed attempts retried%n", TIMERS,
                Duration.between(creating, started), due, firedBy,
                database.count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ? AND JOB_STATE_ = 1",
                        TIMER_PROCESS));
        assertThat(firedBy.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TIMERS);
        assertThat(firedBy).as("both nodes fired timers").containsOnlyKeys("node-a", "node-b");
        ReliabilityFigures.timersFiredOnce(TIMERS);
    }

    @Test
    void everyBudgetPeriodDueOpensOnceWhenBothNodesOpenThemAtTheSameMoment() {
        BudgetRows.lastOpened(database, BudgetRows.periodsAgo(BudgetKind.WEEKLY, 3));
        BudgetRows.lastOpened(database, BudgetRows.periodsAgo(BudgetKind.MONTHLY, 2));
        // the hourly opening timer twice over, neither exclusive: the two firings run at once, on either node
        database.inOneSession("CREATE TEMPORARY TABLE twin AS SELECT * FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'budgetOpening'",
                "UPDATE twin SET ID_ = CONCAT(ID_, '-twin')", "INSERT INTO ACT_RU_JOB SELECT * FROM twin",
                "UPDATE ACT_RU_JOB SET EXCLUSIVE_ = FALSE WHERE PROCESS_DEF_KEY_ = 'budgetOpening'");

        assertThat(BudgetRows.fireOpeningTimer(database)).isEqualTo(2);
        await(() -> database.count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'budgetOpening'"
                + " AND END_TIME_ IS NOT NULL"), 2);

        List<String> opened = database.column("SELECT period_key FROM budget WHERE process_instance_id IS NOT NULL");
        assertThat(opened).contains(BudgetRows.periodsAgo(BudgetKind.WEEKLY, 2).key(),
                BudgetRows.periodsAgo(BudgetKind.WEEKLY, 1).key(), BudgetRows.periodsAgo(BudgetKind.WEEKLY, 0).key(),
                BudgetRows.periodsAgo(BudgetKind.MONTHLY, 1).key(), BudgetRows.periodsAgo(BudgetKind.MONTHLY, 0).key());
        assertThat(database.column("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'budget'"))
                .as("one budget process per period").containsExactlyInAnyOrderElementsOf(opened);
        assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
        System.out.printf("budgets %s opened once; the opening fired by %s, %d failed attempts retried%n", opened,
                firedByNode("budgetOpening"), database.count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG"
                        + " WHERE PROCESS_DEF_KEY_ = 'budgetOpening' AND JOB_STATE_ = 1"));
        ReliabilityFigures.raceRun();
        ReliabilityFigures.timersFiredOnce(2);
        ReliabilityFigures.recordsIntact(opened.size());
    }

    private PackagedApplication node(String name) {
        return new PackagedApplication(name, database, Map.of(
                "camunda.bpm.generic-properties.properties.hostname", name,
                "camunda.bpm.job-execution.lock-time-in-millis", "30000"));
    }

    /** A plain engine in the test's JVM on the nodes' database: it deploys and starts, the nodes run the jobs. */
    private ProcessEngine testEngine() {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setSkipIsolationLevelCheck(true);
        configuration.setProcessEngineName("two-nodes-test");
        configuration.setJdbcDriver("com.mysql.cj.jdbc.Driver");
        configuration.setJdbcUrl(database.url() + (database.url().contains("?") ? "&" : "?")
                + "sendFractionalSeconds=false&connectionTimeZone=UTC");
        configuration.setJdbcUsername(database.user());
        configuration.setJdbcPassword(database.password());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setCmmnEnabled(false);
        return configuration.buildProcessEngine();
    }

    /** Starts the instances from eight threads: each start is a commit of its own, and the due moment is close. */
    private static void startInstances(ProcessEngine engine) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(8);
        try {
            for (Future<?> started : starters.invokeAll(Collections.nCopies(TIMERS,
                    () -> engine.getRuntimeService().startProcessInstanceByKey(TIMER_PROCESS)))) {
                started.get();
            }
        } finally {
            starters.shutdown();
        }
    }

    /** The successful runs of the process's jobs by node (the job log's hostname). */
    private Map<String, Long> firedByNode(String processKey) {
        Map<String, Long> byNode = new TreeMap<>();
        for (String host : database.column("SELECT DISTINCT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ?"
                + " AND JOB_STATE_ = 2", processKey)) {
            byNode.put(host, database.count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ?"
                    + " AND JOB_STATE_ = 2 AND HOSTNAME_ = ?", processKey, host));
        }
        return byNode;
    }

    private static void await(LongSupplier count, long expected) {
        Instant deadline = Instant.now().plus(SETTLED_WITHIN);
        while (count.getAsLong() < expected && Instant.now().isBefore(deadline)) {
            ApplicationJourney.pause();
        }
        assertThat(count.getAsLong()).isEqualTo(expected);
    }
}
