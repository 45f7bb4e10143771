package org.procuredesk.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the task list's model: which open tasks a viewer sees in each list, narrowed and ordered, a
 * page at a time. Every condition is a fixed piece of SQL with bound values; none comes from input.
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
        Query query = new Query(viewer).scope(scope).filter(filter, now, zone);
        query.parameters.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("select " + COLUMNS + " from task_index t where " + query.where + " order by "
                + sort.orderBy() + " limit :limit offset :offset", query.parameters,
                (row, number) -> row(row, scope == TaskScope.MINE ? viewer.username() : null));
    }

    long count(Viewer viewer, TaskScope scope, TaskFilter filter, Instant now) {
        Query query = new Query(viewer).scope(scope).filter(filter, now, zone);
        return jdbc.queryForObject("select count(*) from task_index t where " + query.where, query.parameters,
                Long.class);
    }

    /** Whether the task is in one of the viewer's lists. */
    boolean sees(Viewer viewer, TaskScope scope, String taskId) {
        Query query = new Query(viewer).scope(scope);
        query.parameters.addValue("taskId", taskId);
        return jdbc.queryForObject("select count(*) from task_index t where t.task_id = :taskId and "
                + query.where, query.parameters, Long.class) > 0;
    }

    /** Whether one of the case's open tasks is the viewer's to act on: theirs, or offered to them. */
    boolean hasTaskOnCase(Viewer viewer, String caseNumber) {
        Query mine = new Query(viewer).scope(TaskScope.MINE);
        Query offered = new Query(viewer).scope(TaskScope.GROUPS);
        MapSqlParameterSource parameters = new MapSqlParameterSource(mine.parameters.getValues())
                .addValues(offered.parameters.getValues()).addValue("caseNumber", caseNumber);
        return jdbc.queryForObject("select count(*) from task_index t where t.case_number = :caseNumber and (("
                + mine.where + ") or (" + offered.where + "))", parameters, Long.class) > 0;
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

    /** The where clause of one list, and the values bound into it. */
    private static final class Query {

        private final Viewer viewer;
        private final MapSqlParameterSource parameters = new MapSqlParameterSource();
        private String where = "1 = 1";

        Query(Viewer viewer) {
            this.viewer = viewer;
        }

        Query scope(TaskScope scope) {
            switch (scope) {
                case MINE -> {
                    where = "t.assignee in (:mine)";
                    parameters.addValue("mine", union(viewer.username(), viewer.actingFor()));
                }
                case GROUPS -> {
                    where = "t.assignee is null and exists (select 1 from task_candidate c where c.task_id = t.task_id"
                            + " and ((c.kind = '" + TaskIndexWriter.ROLE + "' and c.name in (:roles))"
                            + " or (c.kind = '" + TaskIndexWriter.PERSON + "' and c.name = :me)))";
                    parameters.addValue("roles", viewer.roles().isEmpty() ? List.of("") : viewer.roles())
                            .addValue("me", viewer.username());
                }
                case TEAM -> {
                    where = "t.assignee in (:team)";
                    parameters.addValue("team", viewer.team().isEmpty() ? List.of("") : viewer.team());
                }
            }
            return this;
        }

        Query filter(TaskFilter filter, Instant now, ZoneId zone) {
            and("t.process_key = :processKey", "processKey", filter.processKey());
            and("t.task_key = :taskKey", "taskKey", filter.taskKey());
            and("t.amount >= :minAmount", "minAmount", filter.minAmount());
            and("t.amount <= :maxAmount", "maxAmount", filter.maxAmount());
            and("t.department_id = :departmentId", "departmentId", filter.departmentId());
            and("t.branch_id = :branchId", "branchId", filter.branchId());
            if (filter.due() != null) {
                LocalDate today = LocalDate.ofInstant(now, zone);
                switch (filter.due()) {
                    case OVERDUE -> and("t.due_at < :now", "now", timestamp(now));
                    case TODAY -> between(today, today.plusDays(1), zone);
                    case THIS_WEEK -> between(today, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), zone);
                }
            }
            return this;
        }

        private void between(LocalDate first, LocalDate afterLast, ZoneId zone) {
            and("t.due_at >= :dueFrom", "dueFrom", timestamp(first.atStartOfDay(zone).toInstant()));
            and("t.due_at < :dueBefore", "dueBefore", timestamp(afterLast.atStartOfDay(zone).toInstant()));
        }

        private void and(String condition, String name, Object value) {
            if (value != null) {
                where = where + " and " + condition;
                parameters.addValue(name, value);
            }
        }

        private static List<String> union(String username, Set<String> others) {
            return Stream.concat(Stream.of(username), others.stream())
                    .distinct().toList();
        }

        private static Timestamp timestamp(Instant instant) {
            return Timestamp.from(instant);
        }
    }
}
