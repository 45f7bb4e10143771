package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.bench.BaselineEngine;
import org.procuredesk.bench.BenchResults;
import org.procuredesk.bench.BenchResults.Entry;
import org.procuredesk.bench.DatabaseName;
import org.procuredesk.bench.Sizes;
import org.procuredesk.bench.Timings;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark B4: the weekly budget of {@code -Dprocuredesk.bench.budgetApplications} (10,000) urgent applications,
 * among {@code -Dprocuredesk.bench.budgetLines} (1,000,000) lines of ten years of past budgets. It forms the draft
 * through what IT support's "take in what waits" calls ({@link BudgetPreparation#takeInWaiting}, the same intake as
 * the budget's opening), timed; the IT head approves it ({@link BudgetReview}) and the job executor releases every
 * application, timed until the budget's process ends, beside the raw engine correlating as many budget messages to
 * instances of the application's shape ({@code bench/application-shape.bpmn}) waiting for their budget, half before
 * and half after; then it times the report of a month's budget ({@link Budgets#detail}) for month after month.
 * Prints the figures and records them in the {@link BenchResults}; asserts only that every application was told.
 *
 * <p>The applications' rows are written in JDBC batches and their processes started right at the budget wait
 * ({@link WaitingApplications}); the past budgets are JDBC rows too ({@link BudgetHistory}). All of it, the week's
 * budget (of 2090, after anything else) and the baseline's instances are removed afterwards.
 * Run it: {@code ./mvnw -o -B -ntp test -Pbench -Dtest=BudgetBenchmark}.
 */
@Tag("benchmark")
@ProcureDeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetBenchmark {

    private static final BudgetPeriod WEEK = BudgetPeriod.parse("WEEKLY-2090-W10");
    private static final String SHAPE = "applicationShape";
    private static final String SHAPE_MESSAGE = "shapeBudgetApproved";
    private static final int REPORT_ROUNDS = 100;

    @Autowired
    BudgetPreparation preparation;
    @Autowired
    BudgetReview review;
    @Autowired
    Budgets budgets;
    @Autowired
    BudgetRepository budgetRepository;
    @Autowired
    BudgetSchedule schedule;
    @Autowired
    PeopleDirectory people;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    int applications = Sizes.of("procuredesk.bench.budgetApplications", 10_000);
    int historyLines = Sizes.of("procuredesk.bench.budgetLines", 1_000_000);
    WaitingApplications waiting;
    BudgetHistory history;
    ProcessEngine baseline;
    List<String> months;

    @BeforeAll
    void makeTheApplicationsThePastBudgetsAndTheBaseline() {
        waiting = new WaitingApplications("B4-", jdbc, runtimeService, historyService,
                new TransactionTemplate(transactionManager));
        history = new BudgetHistory(jdbc);
        removeWhatItMade();
        long start = System.nanoTime();
        months = history.create(historyLines);
        historyLines = history.written();
        long historyMade = System.nanoTime();
        waiting.create(applications);
        long applicationsMade = System.nanoTime();
        baseline = BaselineEngine.start(dataSource, "bench/application-shape.bpmn");
        for (int instance = 0; instance < applications; instance++) {
            baseline.getRuntimeService().createProcessInstanceByKey(SHAPE).businessKey(baselineKey(instance))
                    .startBeforeActivity(ApplicationToItProcess.WAIT_FOR_BUDGET).execute();
        }
        System.out.printf(Locale.ROOT, "B4 set up %,d past budget lines in %d s, %,d waiting applications in %d s,"
                + " as many baseline instances in %d s%n", historyLines, seconds(start, historyMade), applications,
                seconds(historyMade, applicationsMade), seconds(applicationsMade, System.nanoTime()));
    }

    @AfterAll
    void removeWhatItMade() {
        budgetRepository.findByPeriodKey(WEEK.key()).ifPresent(this::removeTheWeeksBudget);
        waiting.remove();
        history.remove();
        if (baseline != null) {
            BaselineEngine.remove(baseline);
        }
    }

    @Test
    void formReleaseAndReportBesideTheRawEngine() {
        String database = DatabaseName.of(dataSource);
        Budget budget = openTheWeeksDraft();
        long start = System.nanoTime();
        int taken = as(people, BudgetFixture.SUPPORT, () -> preparation.takeInWaiting(WEEK.key()));
        double formMillis = (System.nanoTime() - start) / 1e6;
        assertThat(taken).isEqualTo(applications);
        as(people, BudgetFixture.SUPPORT, () -> preparation.submit(task(budget, BudgetProcess.PREPARE_BUDGET), null));

        double rawSeconds = correlateRaw(0, applications / 2);
        double releaseSeconds = approveAndRelease(budget);
        rawSeconds += correlateRaw(applications / 2, applications);
        double released = applications / releaseSeconds;
        double raw = applications / rawSeconds;

        Timings monthReport = monthReport();
        System.out.printf(Locale.ROOT, "B4 on %s, %,d applications, %,d past budget lines%n"
                        + "forming the weekly budget: %.0f ms%nreleasing it on approval: %.1f applications/s"
                        + " (%.1f s), raw engine correlating as many budget messages: %.1f messages/s, ratio %.2f%n%s%n",
                database, applications, historyLines, formMillis, released, releaseSeconds, raw, released / raw,
                monthReport.summary());
        String sizes = String.format(Locale.ROOT, " (%,d applications, %,d past budget lines)", applications,
                historyLines);
        BenchResults.record(List.of(
                new Entry("B4 forming a weekly budget" + sizes, database, formMillis, "ms", null, null, "< 2 s",
                        formMillis < 2000),
                Entry.against("B4 releasing an approved budget" + sizes, database, released, raw, "applications/s",
                        "≥ 0.8 × raw message correlation", released >= 0.8 * raw),
                new Entry("B4 " + monthReport.name() + String.format(Locale.ROOT, " (%,d past budget lines)",
                        historyLines), database, monthReport.p95(), "ms p95", null, null, "p95 < 60 ms",
                        monthReport.p95() < 60)));
    }

    /** The week's draft as its opening makes it, empty: the forming takes in what waits. */
    private Budget openTheWeeksDraft() {
        Budget budget = budgetRepository.saveAndFlush(new Budget(WEEK, Instant.now(),
                schedule.reminder(WEEK).toInstant(), schedule.deadline(WEEK).toInstant()));
        budget.startedAs(runtimeService.startProcessInstanceByKey(BudgetProcess.KEY, WEEK.key(),
                Map.of(BudgetProcess.VAR_BUDGET_ID, budget.id())).getId());
        return budgetRepository.saveAndFlush(budget);
    }

    /** The IT head approves; timed until the job executor has told every application and the budget closed. */
    private double approveAndRelease(Budget budget) {
        String reviewTask = task(budget, BudgetProcess.REVIEW_BUDGET);
        long start = System.nanoTime();
        as(people, BudgetFixture.IT_HEAD, () -> review.review(reviewTask, ReviewDecision.APPROVE, Set.of(), null));
        Instant giveUp = Instant.now().plus(Duration.ofHours(1));
        while (runtimeService.createProcessInstanceQuery().processInstanceId(budget.processInstanceId()).count() > 0) {
            assertThat(Instant.now()).as("the budget released within an hour").isBefore(giveUp);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike("B4-0%")
                .taskDefinitionKey(ApplicationToItProcess.PLACE_ORDER).count())
                .as("every application goes on to be ordered").isEqualTo(applications);
        return seconds;
    }

    /** @return the seconds the raw engine took to correlate the budget message of these baseline instances */
    private double correlateRaw(int from, int to) {
        long start = System.nanoTime();
        for (int instance = from; instance < to; instance++) {
            baseline.getRuntimeService().createMessageCorrelation(SHAPE_MESSAGE)
                    .processInstanceBusinessKey(baselineKey(instance)).correlateWithResult();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Month after month, in an order that revisits none soon, as finance reads them. */
    private Timings monthReport() {
        List<String> order = new ArrayList<>();
        for (int round = 0; round < REPORT_ROUNDS + REPORT_ROUNDS / 10; round++) {
            order.add(months.get(round * 37 % months.size()));
        }
        int[] round = {0};
        Timings report = new Timings("month report (a monthly budget with its lines and totals)", () -> as(people,
                BudgetFixture.FINANCE, () -> budgets.detail(order.get(round[0]++)).lines().size()));
        for (int measured = 0; measured < order.size(); measured++) {
            report.measure(measured < REPORT_ROUNDS / 10);
        }
        return report;
    }

    private String task(Budget budget, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(budget.processInstanceId()).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private void removeTheWeeksBudget(Budget budget) {
        String instance = budget.processInstanceId();
        if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtimeService.deleteProcessInstance(instance, "benchmark done", true, true);
        }
        if (instance != null) {
            historyService.deleteHistoricProcessInstancesIfExists(List.of(instance));
        }
        jdbc.update("delete from budget_comment where budget_id = ?", budget.id());
        jdbc.update("delete from budget_line where budget_id = ?", budget.id());
        jdbc.update("delete from budget where id = ?", budget.id());
        jdbc.update("delete from notification where link like ?", "budgets/" + WEEK.key() + "%");
    }

    private static long seconds(long from, long to) {
        return Duration.ofNanos(to - from).toSeconds();
    }

    private static String baselineKey(int instance) {
        return String.format("B4-raw-%06d", instance);
    }
}
