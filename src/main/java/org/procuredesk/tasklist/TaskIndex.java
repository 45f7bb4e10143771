package org.procuredesk.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the task list's model: which open tasks a viewer sees in each list, narrowed and ordered, a page at a
 * time. "My tasks" and "my team" read {@code task_index} by assignee; "my groups" reads each of the viewer's
 * roles (and their name) from {@code task_candidate} in the order asked, stopping at the page, and merges them.
 * Every condition is a fixed piece of SQL with bound values; none comes from input.
 */
@Component
class TaskIndex {

    private static final String COLUMNS = "t.task_id, t.case_number, t.process_key, t.task_key, t.assignee,"
            + " t.created_at, t.due_at, t.requester, t.amount, t.subject, t.department_id, t.branch_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    TaskIndex(NamedParameterJdbcTemplate jdbc, ZoneId companyTimeZone) {
        this.jdbc = jdbc;
        this.zone = companyTimeZone;
    }

    List<TaskRow> page(Viewer viewer, TaskScope scope, TaskFilter filter, TaskSort sort, Instant now,
                       int offset, int limit) {
        Conditions conditions = new Conditions(filter, now, zone);
        conditions.parameters.addValue("limit", limit).addValue("offset", offset);
        String from = "task_index t";
        String where = conditions.where;
        if (scope == TaskScope.GROUPS) {
            conditions.parameters.addValue("window", offset + limit);
            from = "(" + offered(viewer, conditions, " order by " + sort.orderBy("c") + " limit :window")
                    + ") u join task_index t on t.task_id = u.task_id";
        } else {
            where = assignedTo(scope, viewer, conditions) + " and " + where;
        }
        return jdbc.query("select " + COLUMNS + " from " + from + " where " + where + " order by " + sort.orderBy("t")
                        + " limit :limit offset :offset", conditions.parameters,
                (row, number) -> row(row, scope == TaskScope.MINE ? viewer.username() : null));
    }

    /**
     * The viewer's open work in one statement, each figure counted up to {@link MyWork.Summary#COUNTED_UP_TO}: the
     * tasks assigned to them (or to whoever they stand in for), the unclaimed ones offered to their roles or to them by
     * name (a task offered twice counted once), and of both those past their due date. Each part reads that many
     * rows of one index at most, so the figures cost the same with a hundred open tasks as with a hundred thousand.
     */
    OpenWork openWork(Viewer viewer, Instant now) {
        Conditions conditions = new Conditions(TaskFilter.ALL, now, zone);
        conditions.parameters.addValue("now", Timestamp.from(now)).addValue("cap", MyWork.Summary.COUNTED_UP_TO);
        String assigned = "select t.task_id from task_index t where " + assignedTo(TaskScope.MINE, viewer, conditions);
        String sql = "select " + counted(assigned + " limit :cap") + " assigned, "
                + counted(offered(viewer, conditions, " limit :cap")) + " offered, "
                + counted(assigned + " and t.due_order < :now limit :cap") + " + "
                + counted(offered(viewer, conditions, " and c.due_order < :now limit :cap")) + " overdue";
        return jdbc.queryForObject(sql, conditions.parameters, (row, number) -> OpenWork.counted(
                row.getLong("assigned"), row.getLong("offered"), row.getLong("overdue")));
    }

    private static String counted(String rows) {
        return "(select count(*) from (" + rows + ") n)";
    }

    /** Whether the task is in one of the viewer's lists. */
    boolean sees(Viewer viewer, TaskScope scope, String taskId) {
        Conditions conditions = new Conditions(TaskFilter.ALL, Instant.now(), zone);
        conditions.parameters.addValue("taskId", taskId);
        String sql = scope == TaskScope.GROUPS
                ? "select count(*) from task_candidate c where c.task_id = :taskId and c.unclaimed = true and ("
                + audiences(viewer, conditions) + ")"
                : "select count(*) from task_index t where t.task_id = :taskId and "
                + assignedTo(scope, viewer, conditions);
        return jdbc.queryForObject(sql, conditions.parameters, Long.class) > 0;
    }

    /** Whether the task is offered to one of the viewer's roles or to them by name, claimed by someone or not. */
    boolean isOfferedTo(Viewer viewer, String taskId) {
        Conditions conditions = new Conditions(TaskFilter.ALL, Instant.now(), zone);
        conditions.parameters.addValue("taskId", taskId);
        return jdbc.queryForObject("select count(*) from task_candidate c where c.task_id = :taskId and ("
                + audiences(viewer, conditions) + ")", conditions.parameters, Long.class) > 0;
    }

    /**
     * Who the task is assigned to once whoever is changing it has committed: the read waits for the lock the
     * engine's transaction holds on the task's row, so a claim that won a race a moment ago shows its winner.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> settledAssignee(String taskId) {
        return jdbc.query("select assignee from task_index where task_id = :taskId for update",
                new MapSqlParameterSource("taskId", taskId), (row, number) -> row.getString("assignee")).stream()
                .filter(Objects::nonNull).findFirst();
    }

    /** Whether one of the case's open tasks is the viewer's to act on: theirs, or offered to them. */
    boolean hasTaskOnCase(Viewer viewer, String caseNumber) {
        return anyActionable(viewer, "t.case_number", caseNumber);
    }

    /** Whether the task is the viewer's to act on, in one read: in "my tasks" or, unclaimed, in "my groups". */
    boolean isActionableBy(Viewer viewer, String taskId) {
        return anyActionable(viewer, "t.task_id", taskId);
    }

    /** Whether an open task whose {@code column} holds {@code value} is the viewer's, or offered to them. */
    private boolean anyActionable(Viewer viewer, String column, String value) {
        Conditions conditions = new Conditions(TaskFilter.ALL, Instant.now(), zone);
        conditions.parameters.addValue("value", value);
        return jdbc.queryForObject("select count(*) from task_index t where " + column + " = :value and ("
                + assignedTo(TaskScope.MINE, viewer, conditions) + " or exists (select 1 from task_candidate c"
                + " where c.task_id = t.task_id and c.unclaimed = true and (" + audiences(viewer, conditions) + ")))",
                conditions.parameters, Long.class) > 0;
    }

    /** The assignees of "my tasks" (me, and whoever I stand in for) or of "my team". */
    private static String assignedTo(TaskScope scope, Viewer viewer, Conditions conditions) {
        Set<String> assignees = scope == TaskScope.TEAM ? viewer.team()
                : Stream.concat(Stream.of(viewer.username()), viewer.actingFor().stream()).collect(Collectors.toSet());
        conditions.parameters.addValue("assignees", assignees.isEmpty() ? List.of("") : assignees);
        return "t.assignee in (:assignees)";
    }

    /**
     * The unclaimed tasks offered to each of the viewer's roles and to them by name, one part each, each read
     * in index order (with {@code tail}, e.g. an order and a limit), merged without repeats.
     */
    private static String offered(Viewer viewer, Conditions conditions, String tail) {
        return IntStream.range(0, bindAudiences(viewer, conditions))
                .mapToObj(index -> "(select c.task_id from " + conditions.candidates() + " where "
                        + audience("c", index) + " and c.unclaimed = true and " + conditions.onCandidates + tail + ")")
                .collect(Collectors.joining(" union "));
    }

    /** The condition on a candidate row that it is offered to one of the viewer's roles or to them by name. */
    private static String audiences(Viewer viewer, Conditions conditions) {
        return IntStream.range(0, bindAudiences(viewer, conditions)).mapToObj(index -> audience("c", index))
                .collect(Collectors.joining(" or "));
    }

    /** Binds each of the viewer's roles, and their name, as {@code :kindN} and {@code :nameN}; answers how many. */
    private static int bindAudiences(Viewer viewer, Conditions conditions) {
        List<String[]> audiences = audienceList(viewer);
        IntStream.range(0, audiences.size()).forEach(index -> conditions.parameters
                .addValue("kind" + index, audiences.get(index)[0]).addValue("name" + index, audiences.get(index)[1]));
        return audiences.size();
    }

    /** The condition on a candidate row under {@code alias} that it is offered to audience {@code index}. */
    private static String audience(String alias, int index) {
        return "(" + alias + ".kind = :kind" + index + " and " + alias + ".name = :name" + index + ")";
    }

    private static List<String[]> audienceList(Viewer viewer) {
        return Stream.concat(viewer.roles().stream().sorted().map(role -> new String[] {TaskIndexWriter.ROLE, role}),
                Stream.<String[]>of(new String[] {TaskIndexWriter.PERSON, viewer.username()})).toList();
    }

    private static TaskRow row(ResultSet row, String viewer) throws SQLException {
        String assignee = row.getString("assignee");
        return new TaskRow(row.getString("task_id"), row.getString("case_number"), row.getString("process_key"),
                row.getString("task_key"), assignee,
                viewer == null || viewer.equals(assignee) ? null : assignee,
                instant(row.getTimestamp("created_at")), instant(row.getTimestamp("due_at")),
                row.getString("requester"), row.getBigDecimal("amount"), row.getString("subject"),
                row.getObject("department_id", Long.class), row.getObject("branch_id", Long.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * @param assigned tasks assigned to the viewer or to whoever they stand in for
     * @param offered  unclaimed tasks offered to their roles or to them by name
     * @param overdue  of both, those past their due date; each figure at most {@link MyWork.Summary#COUNTED_UP_TO}
     */
    record OpenWork(long assigned, long offered, long overdue) {

        static OpenWork counted(long assigned, long offered, long overdue) {
            int most = MyWork.Summary.COUNTED_UP_TO;
            return new OpenWork(Math.min(assigned, most), Math.min(offered, most), Math.min(overdue, most));
        }
    }

    /**
     * The filter's conditions and the values bound into them and the rest of the query: on {@code task_index t},
     * or for a candidates' part on {@code task_candidate c} as far as its copied sort keys (amount, due order) go.
     * Due windows compare the due order, which is the due date where there is one and sorts after every window
     * where there is none, so on either table they hold the same tasks.
     */
    private static final class Conditions {

        private static final Set<String> ON_CANDIDATES = Set.of("amount", "due_order");

        private final MapSqlParameterSource parameters = new MapSqlParameterSource();
        private String where = "1 = 1";
        private String onCandidates = "1 = 1";
        private boolean needsTask;

        Conditions(TaskFilter filter, Instant now, ZoneId zone) {
            and("process_key", "=", "processKey", filter.processKey());
            and("task_key", "=", "taskKey", filter.taskKey());
            and("amount", ">=", "minAmount", filter.minAmount());
            and("amount", "<=", "maxAmount", filter.maxAmount());
            and("department_id", "=", "departmentId", filter.departmentId());
            and("branch_id", "=", "branchId", filter.branchId());
            if (filter.due() != null) {
                LocalDate today = LocalDate.ofInstant(now, zone);
                switch (filter.due()) {
                    case OVERDUE -> and("due_order", "<", "now", Timestamp.from(now));
                    case TODAY -> between(today, today.plusDays(1), zone);
                    case THIS_WEEK -> between(today, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), zone);
                }
            }
        }

        /** The candidate rows {@code c}, joined to their task {@code t} only where a condition needs it. */
        String candidates() {
            return "task_candidate c" + (needsTask ? " join task_index t on t.task_id = c.task_id" : "");
        }

        private void between(LocalDate first, LocalDate afterLast, ZoneId zone) {
            and("due_order", ">=", "dueFrom", Timestamp.from(first.atStartOfDay(zone).toInstant()));
            and("due_order", "<", "dueBefore", Timestamp.from(afterLast.atStartOfDay(zone).toInstant()));
        }

        private void and(String column, String comparison, String name, Object value) {
            if (value != null) {
                String condition = column + " " + comparison + " :" + name;
                where = where + " and t." + condition;
                onCandidates = onCandidates + " and " + (ON_CANDIDATES.contains(column) ? "c." : "t.") + condition;
                needsTask = needsTask || !ON_CANDIDATES.contains(column);
                parameters.addValue(name, value);
            }
        }
    }
}
