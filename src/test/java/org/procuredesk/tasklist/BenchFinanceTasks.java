package org.procuredesk.tasklist;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open finance approvals for the task list benchmark, written straight into the engine's task tables and the task
 * list's model the way {@link TaskIndexWriter} writes a real one: every column of {@code task_index}, a candidate row
 * per role or person the task is offered to with its sort keys copied in. One task a minute, due two to six days
 * after it was made; every tenth claimed by a finance colleague, every hundredth offered to {@link #PERSON} by name
 * too; amounts spread evenly over {@link #LEAST_AMOUNT} to {@link #LEAST_AMOUNT} + {@link #AMOUNT_SPREAD}, in no
 * order of time, so an amount band holds the same share of the tasks at every size.
 */
final class BenchFinanceTasks {

    static final String GROUP = "FINANCE";
    static final String PERSON = "carmen.finance";
    static final int LEAST_AMOUNT = 100;
    static final int AMOUNT_SPREAD = 20_000;

    private static final String PREFIX = "bench-";
    private static final String COLLEAGUE = "bench.finance";
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int tasks;
    private final Instant start;

    BenchFinanceTasks(JdbcTemplate jdbc, TransactionTemplate transaction, int tasks) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tasks = tasks;
        this.start = Instant.now().minus(tasks, ChronoUnit.MINUTES);
    }

    /** Opens the tasks a thousand to a transaction: one commit per row would take MariaDB minutes. */
    void open() {
        remove();
        for (int from = 0; from < tasks; from += BATCH) {
            List<Integer> batch = IntStream.range(from, Math.min(from + BATCH, tasks)).boxed().toList();
            transaction.executeWithoutResult(status -> open(batch));
        }
    }

    private void open(List<Integer> batch) {
        jdbc.batchUpdate("insert into task_index (task_id, process_instance_id, process_key, task_key, case_number,"
                + " assignee, created_at, due_at, due_order, requester, amount, subject, department_id, branch_id)"
                + " values (?, ?, 'applicationToIt', 'approveByFinance', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch.stream().map(task -> new Object[] {id(task), PREFIX + "instance-" + task, "APP-BENCH-" + task,
                        assignee(task), created(task), due(task), due(task), "bench.requester" + task % 50,
                        amount(task), "Server for the bench " + task, 1 + task % 4, 1 + task % 3}).toList());
        List<Integer> offeredToPerson = batch.stream().filter(BenchFinanceTasks::offeredToPerson).toList();
        candidates(batch, TaskIndexWriter.ROLE, GROUP);
        candidates(offeredToPerson, TaskIndexWriter.PERSON, PERSON);
        jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_,"
                + " CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_)"
                + " values (?, 1, 'Approve by finance', 'approveByFinance', ?, 50, ?, ?, 1)",
                batch.stream().map(task -> new Object[] {id(task), assignee(task), created(task), due(task)}).toList());
        links(batch, "GROUP_ID_", GROUP);
        links(offeredToPerson, "USER_ID_", PERSON);
    }

    void remove() {
        jdbc.update("delete from task_candidate where task_id like '" + PREFIX + "%'");
        jdbc.update("delete from task_index where task_id like '" + PREFIX + "%'");
        jdbc.update("delete from ACT_RU_IDENTITYLINK where TASK_ID_ like '" + PREFIX + "%'");
        jdbc.update("delete from ACT_RU_TASK where ID_ like '" + PREFIX + "%'");
    }

    /** How many rows the first page of {@code size} rows of {@link #PERSON}'s groups list holds in the band. */
    int firstPageWithin(BigDecimal least, BigDecimal most, int size) {
        return (int) Math.min(size, IntStream.range(0, tasks).filter(task -> assignee(task) == null)
                .filter(task -> amount(task).compareTo(least) >= 0 && amount(task).compareTo(most) <= 0).count());
    }

    private void candidates(List<Integer> batch, String kind, String name) {
        jdbc.batchUpdate("insert into task_candidate (kind, name, task_id, unclaimed, created_at, due_order, amount)"
                + " values (?, ?, ?, ?, ?, ?, ?)", batch.stream().map(task -> new Object[] {kind, name, id(task),
                        assignee(task) == null, created(task), due(task), amount(task)}).toList());
    }

    private void links(List<Integer> batch, String column, String name) {
        jdbc.batchUpdate("insert into ACT_RU_IDENTITYLINK (ID_, REV_, " + column + ", TYPE_, TASK_ID_)"
                + " values (?, 1, ?, 'candidate', ?)", batch.stream().map(task -> new Object[] {
                        id(task) + "-" + column, name, id(task)}).toList());
    }

    private static String id(int task) {
        return PREFIX + task;
    }

    private static String assignee(int task) {
        return task % 10 == 9 ? COLLEAGUE : null;
    }

    private static boolean offeredToPerson(int task) {
        return task % 100 == 42;
    }

    private Timestamp created(int task) {
        return Timestamp.from(start.plus(task, ChronoUnit.MINUTES));
    }

    private Timestamp due(int task) {
        return Timestamp.from(start.plus(task, ChronoUnit.MINUTES).plus(2 + task % 5, ChronoUnit.DAYS));
    }

    /** Evenly over the spread, and not in the order the tasks were made (7,919 shares no factor with the spread). */
    private static BigDecimal amount(int task) {
        return BigDecimal.valueOf(LEAST_AMOUNT + (long) task * 7_919 % AMOUNT_SPREAD);
    }
}
