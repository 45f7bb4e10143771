package org.procuredesk.purchasing;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.bench.BenchResults;
import org.procuredesk.bench.BenchResults.Entry;
import org.procuredesk.bench.DatabaseName;
import org.procuredesk.bench.Sizes;
import org.procuredesk.bench.StatementCounter;
import org.procuredesk.bench.StatementCounter.Tally;
import org.procuredesk.bench.StepRunner;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark B2: how many SQL statements (and commits) one application takes from submission to the requester's
 * confirmation, step by step, through the services the views call, beside the raw Camunda engine taking an instance
 * of the same shape ({@code bench/application-shape.bpmn}) through the same steps on the same database, alternated
 * {@code -Dprocuredesk.bench.applications} times (default 20). The weekly budget's own cycle (its form, review and
 * release job) serves many applications and is not counted; an application's share of it is the budget message its
 * release sends, which is. Prints the steps, with each step's most executed statements when
 * {@code -Dprocuredesk.bench.sql=true}, and records the figures in the {@link BenchResults}; it asserts nothing.
 *
 * <p>The application engine's job executor is off in this benchmark's context: the baseline engine shares its tables,
 * and the executor would otherwise acquire the baseline's asynchronous stock check (and ProcureDesk's) on its own
 * threads, where nothing is counted. Each side executes its own job with {@code executeJob} instead.
 */
@Tag("benchmark")
@ProcureDeskIntegrationTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@Import(ApplicationStatementsBenchmark.CountedDataSource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationStatementsBenchmark {

    static final StatementCounter COUNTER = new StatementCounter();

    private static final List<String> USER_TASK_STEPS = List.of(ApplicationToItProcess.CHECK_COMPLETENESS,
            ApplicationToItProcess.APPROVE_BY_LINE_MANAGER, ApplicationToItProcess.PLACE_ORDER,
            ApplicationToItProcess.RECEIVE_GOODS, ApplicationToItProcess.HAND_OVER,
            ApplicationToItProcess.CONFIRM_RECEIPT);

    /** Only this benchmark's context sees every statement through the counter. */
    @TestConfiguration
    static class CountedDataSource {

        @Bean
        static BeanPostProcessor countingStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? COUNTER.around(dataSource) : bean;
                }
            };
        }
    }

    @Autowired
    ApplicationSteps applicationSteps;
    @Autowired
    DataSource dataSource;

    int applications = Sizes.of("procuredesk.bench.applications", 20);
    boolean showSql = Boolean.getBoolean("procuredesk.bench.sql");

    @Test
    void statementsPerApplicationAndPerStepBesideTheRawEngine() {
        try (ShapeSteps baseline = new ShapeSteps(dataSource)) {
            Map<String, List<Tally>> procureDesk = new LinkedHashMap<>();
            Map<String, List<Tally>> engine = new LinkedHashMap<>();
            applicationSteps.run(StepRunner.PLAIN);
            baseline.run("bench-warm-up", StepRunner.PLAIN); // the first of each fills the caches (models, people)
            for (int round = 0; round < applications; round++) {
                applicationSteps.run(counted(procureDesk));
                baseline.run("bench-" + round, counted(engine));
            }
            String database = DatabaseName.of(dataSource);
            System.out.print(table(procureDesk, engine, database));
            double perApplication = total(procureDesk) / applications;
            double baselinePerApplication = total(engine) / applications;
            List<Entry> entries = new ArrayList<>();
            entries.add(Entry.against("B2 SQL statements per application (budget message included, the weekly budget's"
                            + " own cycle not)", database, perApplication, baselinePerApplication, "statements",
                    "≤ 1.25 × the baseline's", perApplication <= 1.25 * baselinePerApplication));
            for (String step : USER_TASK_STEPS) {
                double statements = average(procureDesk.get(step));
                boolean met = max(procureDesk.get(step), Tally::statements) <= 20
                        && max(procureDesk.get(step), Tally::commits) <= 1;
                entries.add(Entry.against("B2 statements in step " + step, database, statements,
                        average(engine.get(step)), "statements", "≤ 20 statements and one commit", met));
            }
            BenchResults.record(entries);
        }
    }

    /** Counts each step, adding its tally to the step's list. */
    private static StepRunner counted(Map<String, List<Tally>> steps) {
        return (step, work) -> steps.computeIfAbsent(step, s -> new ArrayList<>()).add(COUNTER.count(work));
    }

    private String table(Map<String, List<Tally>> procureDesk, Map<String, List<Tally>> engine, String database) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "B2 SQL statements per step on %s, %d applications beside %d raw engine instances%n"
                        + "%-28s %12s %8s %12s %8s%n", database, applications, applications, "step",
                "ProcureDesk", "commits", "raw engine", "commits"));
        procureDesk.forEach((step, tallies) -> {
            table.append(String.format(Locale.ROOT, "%-28s %12.2f %8.2f %12.2f %8.2f%n", step, average(tallies),
                    tallies.stream().mapToInt(Tally::commits).average().orElse(0), average(engine.get(step)),
                    engine.get(step).stream().mapToInt(Tally::commits).average().orElse(0)));
            if (showSql) {
                Tally last = tallies.get(tallies.size() - 1);
                table.append(String.format(Locale.ROOT, "      on the engine's tables (ACT_*): %d, on ProcureDesk's: %d%n",
                        last.touching("ACT_"), last.statements() - last.touching("ACT_")));
                last.top(12).forEach(line -> table.append("      ").append(line).append('\n'));
            }
        });
        table.append(String.format(Locale.ROOT, "%-28s %12.2f %8s %12.2f%n", "per application",
                total(procureDesk) / applications, "", total(engine) / applications));
        return table.toString();
    }

    private static double total(Map<String, List<Tally>> steps) {
        return steps.values().stream().flatMap(List::stream).mapToInt(Tally::statements).sum();
    }

    private static double average(List<Tally> tallies) {
        return tallies.stream().mapToInt(Tally::statements).average().orElse(0);
    }

    private static int max(List<Tally> tallies, ToIntFunction<Tally> figure) {
        return tallies.stream().mapToInt(figure).max().orElse(0);
    }
}
