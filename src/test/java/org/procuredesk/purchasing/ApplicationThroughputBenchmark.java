package org.procuredesk.purchasing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.bench.BenchResults;
import org.procuredesk.bench.BenchResults.Entry;
import org.procuredesk.bench.DatabaseName;
import org.procuredesk.bench.Sizes;
import org.procuredesk.bench.StepRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark B1: how many applications per second ProcureDesk takes end to end (submission, completeness, the line
 * manager's approval, stock check, budget message, order, receipt, handover, confirmation) through the services the
 * views call, from {@value #THREADS} threads at once, beside the raw Camunda engine taking instances of the same shape
 * through the same steps ({@link ShapeSteps}) from as many threads, on the same database. The two alternate
 * {@value #ROUNDS} times, {@code -Dprocuredesk.bench.throughputApplications} (default 200) instances a round each,
 * after a warm-up round of each; the figure is all instances over all rounds' time. A journey that fails is counted
 * and named, not retried. It asserts nothing about time.
 *
 * <p>As in B2, the job executor is off and each side runs its asynchronous stock check in the calling thread, so the
 * work measured is the same on both sides.
 */
@Tag("benchmark")
@ProcureDeskIntegrationTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationThroughputBenchmark {

    private static final int THREADS = 4;
    private static final int ROUNDS = 3;

    @Autowired
    ApplicationSteps applicationSteps;
    @Autowired
    DataSource dataSource;

    int perRound = Sizes.of("procuredesk.bench.throughputApplications", 200);
    final AtomicInteger keys = new AtomicInteger();

    @Test
    void applicationsPerSecondFromFourThreadsBesideTheRawEngine() throws Exception {
        try (ShapeSteps baseline = new ShapeSteps(dataSource)) {
            Side procureDesk = new Side("ProcureDesk", applicationSteps::run);
            Side engine = new Side("raw engine", steps -> baseline.run("bench-throughput-" + keys.incrementAndGet(),
                    steps));
            procureDesk.round(THREADS * 2, false);
            engine.round(THREADS * 2, false);
            for (int round = 0; round < ROUNDS; round++) {
                procureDesk.round(perRound, true);
                engine.round(perRound, true);
            }
            String database = DatabaseName.of(dataSource);
            System.out.printf(Locale.ROOT, "B1 applications end to end on %s, %d threads, %d rounds of %d each%n"
                    + "%s%n%s%n%-28s %12s %12s%n", database, THREADS, ROUNDS, perRound, procureDesk.summary(),
                    engine.summary(), "mean time per step (ms)", "ProcureDesk", "raw engine");
            procureDesk.stepTimes.keySet().forEach(step -> System.out.printf(Locale.ROOT, "%-28s %12.2f %12.2f%n", step,
                    procureDesk.meanMillis(step), engine.meanMillis(step)));
            double ratio = procureDesk.perSecond() / engine.perSecond();
            BenchResults.record(List.of(Entry.against("B1 applications end to end per second, " + THREADS + " threads",
                    database, procureDesk.perSecond(), engine.perSecond(), "instances/s", "≥ 0.8 × the baseline's",
                    ratio >= 0.8)));
        }
    }

    /**
     * One side's journeys, run round after round from {@value #THREADS} threads, with their time, each step's time
     * (in the counted rounds) and their failures.
     */
    private static final class Side {

        private final String name;
        private final Consumer<StepRunner> journey;
        private final List<String> failures = new ArrayList<>();
        private final Map<String, LongAdder> stepTimes = Collections.synchronizedMap(new LinkedHashMap<>());
        private final Map<String, LongAdder> stepCounts = new ConcurrentHashMap<>();
        private volatile boolean timingSteps;
        private long nanos;
        private int completed;

        Side(String name, Consumer<StepRunner> journey) {
            this.name = name;
            this.journey = journey;
        }

        /** {@code instances} journeys shared among the threads; counted unless the round only warms up. */
        void round(int instances, boolean counted) throws Exception {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            timingSteps = counted;
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    runs.add(threads.submit(() -> {
                        for (int instance = next.getAndIncrement(); instance < instances;
                             instance = next.getAndIncrement()) {
                            run(done);
                        }
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                threads.shutdown();
            }
            if (counted) {
                nanos += System.nanoTime() - start;
                completed += done.get();
            }
        }

        private void run(AtomicInteger done) {
            try {
                journey.accept(this::timed);
                done.incrementAndGet();
            } catch (RuntimeException failure) {
                synchronized (failures) {
                    failures.add(failure.getClass().getSimpleName() + ": " + failure.getMessage());
                }
            }
        }

        private void timed(String step, Runnable work) {
            long start = System.nanoTime();
            work.run();
            if (timingSteps) {
                stepTimes.computeIfAbsent(step, s -> new LongAdder()).add(System.nanoTime() - start);
                stepCounts.computeIfAbsent(step, s -> new LongAdder()).increment();
            }
        }

        double meanMillis(String step) {
            LongAdder count = stepCounts.get(step);
            return count == null ? 0 : stepTimes.get(step).sum() / 1e6 / count.sum();
        }

        double perSecond() {
            return completed / (nanos / 1e9);
        }

        String summary() {
            return String.format(Locale.ROOT, "%-12s %8.1f instances/s  (%d completed in %.1f s, %d failed%s)", name,
                    perSecond(), completed, nanos / 1e9, failures.size(),
                    failures.isEmpty() ? "" : "; first: " + failures.get(0));
        }
    }
}
