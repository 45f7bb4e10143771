package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.tasklist.BenchFinanceTasks.GROUP;
import static org.procuredesk.tasklist.BenchFinanceTasks.PERSON;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.bench.BenchResults;
import org.procuredesk.bench.BenchResults.Entry;
import org.procuredesk.bench.DatabaseName;
import org.procuredesk.bench.Sizes;
import org.procuredesk.bench.Timings;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the first page (50 rows by due date) of an approver group's task list takes with many open tasks
 * (default 100,000; set {@code -Dprocuredesk.bench.tasks}), unfiltered and narrowed to an amount band holding about
 * 5 % of them, through the service the view calls, and how long the home page's figures take, beside the engine's
 * own candidate-group task query and count on the same tasks, alternated so machine noise hits both (200 rounds; set
 * {@code -Dprocuredesk.bench.taskListRounds}). The tasks ({@link BenchFinanceTasks}) are written the way the model's
 * writer writes real ones. Prints the figures, writes them to {@code target/bench/task-list.txt} and, as benchmark
 * B3, to the {@link BenchResults}; it asserts only that the filtered page holds what the data says, nothing about
 * time. Run it with {@code ./mvnw -Pbench verify} (with the MYSQL_* variables set, again on MySQL/MariaDB).
 */
@Tag("benchmark")
@ProcureDeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListBenchmark {

    private static final int PAGE = 50;
    /** A twentieth of the amounts' spread: about 5 % of the tasks at every size. */
    private static final BigDecimal LEAST = BigDecimal.valueOf(BenchFinanceTasks.LEAST_AMOUNT
            + BenchFinanceTasks.AMOUNT_SPREAD / 4);
    private static final BigDecimal MOST = LEAST.add(BigDecimal.valueOf(BenchFinanceTasks.AMOUNT_SPREAD / 20 - 1));

    @Autowired
    TaskList taskList;
    @Autowired
    MyWork myWork;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    int tasks = Sizes.of("procuredesk.bench.tasks", 100_000);
    /** Rounds measured, after a tenth as many to warm up: on a busy machine the engine's query takes seconds. */
    int rounds = Integer.getInteger("procuredesk.bench.taskListRounds", 200);
    BenchFinanceTasks financeTasks;

    @BeforeAll
    void openTasksForTheFinanceRole() {
        financeTasks = new BenchFinanceTasks(jdbc, transaction, tasks);
        financeTasks.open();
    }

    @AfterAll
    void removeTasks() {
        financeTasks.remove();
    }

    @Test
    void firstPageOfAnApproverGroupsListBesideTheEnginesCandidateGroupQuery() throws IOException {
        TaskFilter band = new TaskFilter(null, null, null, LEAST, MOST, null, null);
        assertThat(page(band)).as("the amount band's first page")
                .isEqualTo(financeTasks.firstPageWithin(LEAST, MOST, PAGE)).isPositive();
        Timings byDueDate = new Timings("task list, first page by due date", () -> page(TaskFilter.ALL));
        Timings byAmount = new Timings(String.format(Locale.ROOT, "task list, first page by due date, amount %,d-%,d",
                LEAST.intValue(), MOST.intValue()), () -> page(band));
        Timings counts = new Timings("home page figures (four counts)", () -> as(people, PERSON,
                () -> (int) myWork.summaryFor(PERSON).offeredToMyGroups()));
        Timings engineByDueDate = new Timings("engine, candidate group, first page by due date", () -> taskService
                .createTaskQuery().taskCandidateGroup(GROUP).orderByDueDate().asc().listPage(0, PAGE).size());
        Timings engineCount = new Timings("engine, candidate group, count", () -> (int) taskService.createTaskQuery()
                .taskCandidateGroup(GROUP).count());
        List<Timings> series = List.of(byDueDate, byAmount, counts, engineByDueDate, engineCount);
        for (int round = 0; round < rounds + rounds / 10; round++) {
            boolean warmingUp = round < rounds / 10;
            series.forEach(measured -> measured.measure(warmingUp));
        }
        String database = DatabaseName.of(jdbc.getDataSource());
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Task list with %,d open tasks for one approver group on %s, %d rounds (after %d warm-up)%n",
                tasks, database, rounds, rounds / 10));
        series.forEach(measured -> report.append(measured.summary()).append('\n'));
        System.out.print(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "task-list.txt"), report);
        String size = String.format(Locale.ROOT, " (%,d open tasks)", tasks);
        BenchResults.record(List.of(
                Entry.against("B3 " + byDueDate.name() + size, database, byDueDate.p95(), engineByDueDate.p95(),
                        "ms p95", "p95 < 50 ms", byDueDate.p95() < 50),
                Entry.against("B3 " + byAmount.name() + size, database, byAmount.p95(), engineByDueDate.p95(),
                        "ms p95", "p95 < 50 ms", byAmount.p95() < 50),
                Entry.against("B3 " + counts.name() + size, database, counts.p95(), engineCount.p95(), "ms p95",
                        "< 30 ms", counts.p95() < 30)));
    }

    private int page(TaskFilter filter) {
        return as(people, PERSON, () -> taskList.page(TaskScope.GROUPS, filter, new TaskSort(TaskSort.Field.DUE, false),
                0, PAGE)).size();
    }
}
