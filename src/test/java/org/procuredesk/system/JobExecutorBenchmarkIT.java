package org.procuredesk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.procuredesk.bench.BenchResults;
import org.procuredesk.bench.BenchResults.Entry;
import org.procuredesk.bench.DatabaseName;
import org.procuredesk.bench.Sizes;
import org.procuredesk.reliability.DueTimers;
import org.procuredesk.reliability.JobLog;
import org.procuredesk.reliability.PackagedApplication;
import org.procuredesk.reliability.PlainEngine;
import org.procuredesk.reliability.ScratchDatabase;

/**
 * B5: {@code -Dprocuredesk.bench.timers} (10,000) timers fall due at one moment and the job executor fires them, first
 * on one packaged application, then on two on the same MariaDB, beside the raw engine's job executor with its default
 * settings in the test's JVM on a database of its own. Jobs per second run from the first firing to the last in the
 * engine's job log; each timer must fire exactly once, leaving no job and no incident. Run it with
 * {@code MYSQL_URL=… ./mvnw -o -B -ntp verify -Pbench -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=JobExecutorBenchmarkIT} (the scratch databases are made as the server's administrator, see
 * {@link ScratchDatabase}).
 */
@Tag("benchmark")
@EnabledIfEnvironmentVariable(named = "MYSQL_URL", matches = ".+")
class JobExecutorBenchmarkIT {

    private static final int TIMERS = Sizes.of("procuredesk.bench.timers", 10_000);
    private static final double JOBS_PER_SECOND_GOAL = 200;
    private static final double TWO_NODES_GOAL = 1.6;

    /** How one job executor (or two) got through the timers: how many fired, over which span, on which node. */
    record Firing(String who, int timers, long fired, Duration span, Map<String, Long> byNode, long failedAttempts,
                  Duration dueToAllEnded) {

        double jobsPerSecond() {
            return fired / (span.toMillis() / 1000.0);
        }

        boolean complete() {
            return fired == timers;
        }

        String summary() {
            return String.format(Locale.ROOT, "B5 %s: %,d of %,d timers fired in %d s from the first to the last:"
                    + " %.0f jobs/s (%d s from falling due until %s); by node %s; %d failed attempts retried", who,
                    fired, timers, span.toSeconds(), jobsPerSecond(), dueToAllEnded.toSeconds(),
                    complete() ? "all ended" : "the wait ended", shares(), failedAttempts);
        }

        private String shares() {
            long total = Math.max(1, byNode.values().stream().mapToLong(Long::longValue).sum());
            return byNode.entrySet().stream().map(node -> String.format(Locale.ROOT, "%s %d %%", node.getKey(),
                    Math.round(100.0 * node.getValue() / total))).collect(Collectors.joining(", "));
        }
    }

    @Test
    void dueTimersFireOnceOnOneNodeAndOnTwoBesideTheRawEngine() throws Exception {
        List<PackagedApplication> nodes = new ArrayList<>();
        try (ScratchDatabase scratch = ScratchDatabase.create("pd_b5")) {
            try {
                nodes.add(node("node-a", scratch).start());
                Firing one = onTheNodes("one ProcureDesk node", scratch, "benchOneNode");
                nodes.add(node("node-b", scratch).start());
                Firing two = onTheNodes("two ProcureDesk nodes", scratch, "benchTwoNodes");
                // the raw engine runs alone, without the nodes idling beside it
                nodes.forEach(PackagedApplication::stop);
                record(onTheRawEngine(), one, two, productOf(scratch));
            } finally {
                nodes.forEach(PackagedApplication::stop);
            }
        }
    }

    /**
     * The raw engine's job executor, default settings, on a database of its own. It is measured as far as it gets:
     * should it not fire every timer within the wait, the figures say how many it fired.
     */
    private static Firing onTheRawEngine() throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create("pd_b5raw")) {
            ProcessEngine engine = PlainEngine.creatingItsTables(scratch, "b5-raw");
            try {
                DueTimers timers = new DueTimers(scratch, "benchRawEngine", TIMERS);
                timers.start(engine, DueTimers.NEVER);
                return fire("raw engine", timers, () -> PlainEngine.startJobExecutor(engine));
            } finally {
                PlainEngine.close(engine);
            }
        }
    }

    /** Timers started by an engine of the test's (its job executor off) and fired by the nodes running. */
    private static Firing onTheNodes(String who, ScratchDatabase scratch, String processKey) throws Exception {
        DueTimers timers = new DueTimers(scratch, processKey, TIMERS);
        ProcessEngine starter = PlainEngine.onApplicationTables(scratch, "b5-" + processKey);
        try {
            timers.start(starter, DueTimers.NEVER);
        } finally {
            PlainEngine.close(starter);
        }
        Firing firing = fire(who, timers, () -> { });
        timers.assertEachFiredOnce();
        return firing;
    }

    /** Makes the timers due at once, starts the job executor if it is not running, waits until every one fired. */
    private static Firing fire(String who, DueTimers timers, Runnable startJobExecutor) {
        Instant due = Instant.now();
        timers.fallDueNow();
        startJobExecutor.run();
        long fired = timers.awaitEnded(Duration.ofSeconds(Math.max(120, TIMERS / 10)));
        JobLog log = timers.jobLog();
        Firing firing = new Firing(who, TIMERS, fired, log.firingSpan(), log.firedByNode(), log.failedAttempts(),
                Duration.between(due, Instant.now()));
        System.out.println(firing.summary());
        return firing;
    }

    private static void record(Firing raw, Firing one, Firing two, String database) {
        double twoOverOne = two.jobsPerSecond() / one.jobsPerSecond();
        System.out.printf(Locale.ROOT, "B5 on %s: one node %.2f × the raw engine%s, two nodes %.2f × one node%n",
                database, one.jobsPerSecond() / raw.jobsPerSecond(), raw.complete() ? "" : " (which stalled)",
                twoOverOne);
        String size = String.format(Locale.ROOT, " (%,d due timers)", TIMERS);
        String oneNode = "B5 job executor, one node" + size;
        String goal = "≥ 200 jobs/s, each fired once";
        boolean met = one.jobsPerSecond() >= JOBS_PER_SECOND_GOAL;
        BenchResults.record(List.of(
                raw.complete() ? Entry.against(oneNode, database, one.jobsPerSecond(), raw.jobsPerSecond(),
                        "jobs/s", goal, met)
                        : new Entry(oneNode, database, one.jobsPerSecond(), "jobs/s", null, null,
                                goal + " (the raw engine stalled: " + raw.fired() + " fired)", met),
                new Entry("B5 job executor, two nodes" + size, database, two.jobsPerSecond(), "jobs/s", null,
                        twoOverOne, "≥ 1.6 × one node (ratio: two nodes ÷ one), each fired once",
                        twoOverOne >= TWO_NODES_GOAL)));
    }
    private static PackagedApplication node(String name, ScratchDatabase database) {
        return new PackagedApplication(name, database, Map.of("camunda.bpm.generic-properties.properties.hostname",
                name));
    }

    private static String productOf(ScratchDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return DatabaseName.of(connection);
        }
    }
}
