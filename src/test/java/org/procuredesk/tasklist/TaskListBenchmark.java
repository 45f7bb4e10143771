package org.procuredesk.tasklist;

import static org.procuredesk.SignedIn.as;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

/**
 * How long the first page of an approver group's task list takes with many open tasks (default 100,000; set
 * {@code -Dprocuredesk.bench.tasks}), through the service the view calls, beside the engine's own candidate-group
 * task query on the same tasks, alternated so machine noise hits both. Prints the figures, writes them to
 * {@code target/bench/task-list.txt} and, as benchmark B3, to the {@link BenchResults}; it asserts nothing about
 * time. Run it with {@code ./mvnw -Pbench verify}
 * (add {@code -Pmysql-tests} and the MYSQL_* variables for MySQL/MariaDB).
 */
@Tag("benchmark")
@ProcureDeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListBenchmark {

    private static final String PREFIX = "bench-";
    private static final String GROUP = "FINANCE";
    private static final int ROUNDS = 200;
    private static final int BATCH = 1000;

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

    int tasks = Sizes.of("procuredesk.bench.tasks", 100_000);

    @BeforeAll
    void openTasksForTheFinanceRole() {
        removeTasks();
        Instant start = Instant.now().minus(tasks, ChronoUnit.MINUTES);
        for (int from = 0; from < tasks; from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (int task = from; task < Math.min(from + BATCH, tasks); task++) {
                Timestamp created = Timestamp.from(start.plus(task, ChronoUnit.MINUTES));
                Timestamp due = Timestamp.from(created.toInstant().plus(2 + task % 5, ChronoUnit.DAYS));
                rows.add(new Object[] {PREFIX + task, created, due, BigDecimal.valueOf(100 + task % 20_000), task});
            }
            jdbc.batchUpdate("insert into task_index (task_id, process_instance_id, process_key, task_key, case_number,"
                    + " created_at, due_at, due_order, requester, amount, subject, department_id, branch_id)"
                    + " values (?, null, 'applicationToIt', 'approveByFinance', concat('APP-BENCH-', ?), ?, ?, ?,"
                    + " 'ana.requester', ?, 'Server for the bench', 1, 1)",
                    rows.stream().map(row -> new Object[] {row[0], row[4], row[1], row[2], row[2], row[3]}).toList());
            jdbc.batchUpdate("insert into task_candidate (kind, name, task_id, unclaimed, created_at, due_order, amount)"
                    + " values ('G', '" + GROUP + "', ?, true, ?, ?, ?)",
                    rows.stream().map(row -> new Object[] {row[0], row[1], row[2], row[3]}).toList());
            jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_,"
                    + " DUE_DATE_, SUSPENSION_STATE_) values (?, 1, 'Approve by finance', 'approveByFinance', 50, ?, ?, 1)",
                    rows.stream().map(row -> new Object[] {row[0], row[1], row[2]}).toList());
            jdbc.batchUpdate("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)"
                    + " values (concat('link-', ?), 1, '" + GROUP + "', 'candidate', ?)",
                    rows.stream().map(row -> new Object[] {row[0], row[0]}).toList());
        }
    }

    @AfterAll
    void removeTasks() {
        jdbc.update("delete from task_candidate where task_id like '" + PREFIX + "%'");
        jdbc.update("delete from task_index where task_id like '" + PREFIX + "%'");
        jdbc.update("delete from ACT_RU_IDENTITYLINK where TASK_ID_ like '" + PREFIX + "%'");
        jdbc.update("delete from ACT_RU_TASK where ID_ like '" + PREFIX + "%'");
    }

    @Test
    void firstPageOfAnApproverGroupsListBesideTheEnginesCandidateGroupQuery() throws IOException {
        Timings byDueDate = new Timings("task list, first page by due date", () -> page(TaskFilter.ALL,
                new TaskSort(TaskSort.Field.DUE, false)));
        Timings byAmount = new Timings("task list, first page, amount 5,000-6,000", () -> page(new TaskFilter(null,
                null, null, new BigDecimal("5000"), new BigDecimal("6000"), null, null), TaskSort.NEWEST));
        Timings counts = new Timings("home page figures (four counts)", () -> as(people, "carmen.finance",
                () -> (int) myWork.summaryFor("carmen.finance").offeredToMyGroups()));
        Timings engineByDueDate = new Timings("engine, candidate group, first page by due date", () -> taskService
                .createTaskQuery().taskCandidateGroup(GROUP).orderByDueDate().asc().listPage(0, 50).size());
        Timings engineCount = new Timings("engine, candidate group, count", () -> (int) taskService.createTaskQuery()
                .taskCandidateGroup(GROUP).count());
        List<Timings> series = List.of(byDueDate, byAmount, counts, engineByDueDate, engineCount);
        for (int round = 0; round < ROUNDS + ROUNDS / 10; round++) {
            boolean warmingUp = round < ROUNDS / 10;
            series.forEach(measured -> measured.measure(warmingUp));
        }
        String database = DatabaseName.of(jdbc.getDataSource());
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Task list with %,d open tasks for one approver group on %s, %d rounds (after %d warm-up)%n",
                tasks, database, ROUNDS, ROUNDS / 10));
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

    private int page(TaskFilter filter, TaskSort sort) {
        return as(people, "carmen.finance", () -> taskList.page(TaskScope.GROUPS, filter, sort, 0, 50)).size();
    }
}
