package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
        DueTimers timers = new DueTimers(database, TIMER_PROCESS, TIMERS);
        ProcessEngine engine = PlainEngine.onApplicationTables(database, "two-nodes-test");
        try {
            timers.start(engine, due);
        } finally {
            PlainEngine.close(engine);
        }
        Instant started = Instant.now();

        timers.awaitEnded(SETTLED_WITHIN);
        assertThat(started).as("every instance waited for the same moment").isBefore(due);
        timers.assertEachFiredOnce();
        Map<String, Long> firedBy = timers.jobLog().firedByNode();
        System.out.printf("%d timers started in %s, due at %s: fired by %s, %d failed attempts retried%n", TIMERS,
                Duration.between(creating, started), due, firedBy, timers.jobLog().failedAttempts());
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
        assertThat(database.awaitCount(2, SETTLED_WITHIN, "SELECT COUNT(*) FROM ACT_HI_PROCINST"
                + " WHERE PROC_DEF_KEY_ = 'budgetOpening' AND END_TIME_ IS NOT NULL")).isEqualTo(2);

        List<String> opened = database.column("SELECT period_key FROM budget WHERE process_instance_id IS NOT NULL");
        assertThat(opened).contains(BudgetRows.periodsAgo(BudgetKind.WEEKLY, 2).key(),
                BudgetRows.periodsAgo(BudgetKind.WEEKLY, 1).key(), BudgetRows.periodsAgo(BudgetKind.WEEKLY, 0).key(),
                BudgetRows.periodsAgo(BudgetKind.MONTHLY, 1).key(), BudgetRows.periodsAgo(BudgetKind.MONTHLY, 0).key());
        assertThat(database.column("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'budget'"))
                .as("one budget process per period").containsExactlyInAnyOrderElementsOf(opened);
        assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
        JobLog budgetOpening = new JobLog(database, "budgetOpening");
        System.out.printf("budgets %s opened once; the opening fired by %s, %d failed attempts retried%n", opened,
                budgetOpening.firedByNode(), budgetOpening.failedAttempts());
        ReliabilityFigures.raceRun();
        ReliabilityFigures.timersFiredOnce(2);
        ReliabilityFigures.recordsIntact(opened.size());
    }

    private PackagedApplication node(String name) {
        return new PackagedApplication(name, database, Map.of(
                "camunda.bpm.generic-properties.properties.hostname", name,
                "camunda.bpm.job-execution.lock-time-in-millis", "30000"));
    }
}
