package org.procuredesk.budget;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Years of approved, released budgets for a benchmark: every weekly and monthly period of {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}, their lines spread evenly over them, one budget's written in multi-row statements and copied
 * into the others by the database. Those years are before
 * any other test's budget, and {@link #remove()} deletes them all.
 */
class BudgetHistory {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2009;
    private static final LocalDate END = LocalDate.of(LAST_YEAR + 1, 1, 1);
    private static final int ROWS_PER_STATEMENT = 1000;
    private static final List<String> REQUESTERS = List.of("ana.requester", "mihai.manager", "ion.support",
            "carmen.finance", "victor.ithead");

    private final JdbcTemplate jdbc;
    private int written;

    BudgetHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the budgets, one budget's lines in multi-row statements, and copies them into every other budget in the
     * database; as many lines to each as spreads {@code lines} evenly.
     *
     * @return the monthly periods written, e.g. {@code MONTHLY-2004-07}
     */
    List<String> create(int lines) {
        List<BudgetPeriod> periods = periods();
        jdbc.batchUpdate("insert into budget (version, period_key, kind, period_start, period_end, opened_at,"
                + " remind_at, deadline, state, overdue, submitted_at, submitted_by, reviewed_at, reviewed_by)"
                + " values (0, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', false, ?, 'ion.support', ?, 'victor.ithead')",
                periods.stream().map(BudgetHistory::budgetRow).toList());
        List<Long> budgets = jdbc.queryForList("select id from budget where period_start < ? order by id", Long.class,
                Date.valueOf(END));
        writeLines(budgets.get(0), Math.max(1, lines / budgets.size()));
        budgets.subList(1, budgets.size()).forEach(budget -> jdbc.update("insert into budget_line (version,"
                + " budget_id, source, reference_id, reference_number, requester, department_id, amount, subject, state,"
                + " released) select 0, ?, source, reference_id, reference_number, requester, department_id, amount,"
                + " subject, state, released from budget_line where budget_id = ?", budget, budgets.get(0)));
        written = Math.max(1, lines / budgets.size()) * budgets.size();
        return periods.stream().filter(period -> period.kind() == BudgetKind.MONTHLY).map(BudgetPeriod::key).toList();
    }

    /** How many lines {@link #create(int)} wrote. */
    int written() {
        return written;
    }

    private void writeLines(Long budget, int lines) {
        List<Long> departments = jdbc.queryForList("select id from department order by id", Long.class);
        List<Object> values = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            values.addAll(List.of(budget, 1_000_000_000L + line, String.format("H-%09d", line),
                    REQUESTERS.get(line % REQUESTERS.size()), departments.get(line % departments.size()),
                    BigDecimal.valueOf(50 + line % 5000, 0), "Laptop for the new colleague",
                    line % 20 == 0 ? "EXCLUDED" : line % 50 == 1 ? "MOVED" : "INCLUDED"));
            if ((line + 1) % ROWS_PER_STATEMENT == 0 || line == lines - 1) {
                insertLines(values);
                values.clear();
            }
        }
    }

    private void insertLines(List<Object> values) {
        int rows = values.size() / 8;
        jdbc.update("insert into budget_line (version, budget_id, source, reference_id, reference_number, requester,"
                + " department_id, amount, subject, state, released) values "
                + String.join(", ", Collections.nCopies(rows, "(0, ?, 'APPLICATION', ?, ?, ?, ?, ?, ?, ?, true)")),
                values.toArray());
    }

    void remove() {
        jdbc.update("delete from budget_line where budget_id in (select id from budget where period_start < ?)",
                Date.valueOf(END));
        jdbc.update("delete from budget where period_start < ?", Date.valueOf(END));
    }

    private static List<BudgetPeriod> periods() {
        List<BudgetPeriod> periods = new ArrayList<>();
        for (BudgetKind kind : BudgetKind.values()) {
            for (BudgetPeriod period = BudgetPeriod.containing(kind, LocalDate.of(FIRST_YEAR, 1, 10));
                 period.start().isBefore(END); period = period.next()) {
                periods.add(period);
            }
        }
        return periods;
    }

    private static Object[] budgetRow(BudgetPeriod period) {
        Timestamp opened = Timestamp.from(period.start().atStartOfDay().toInstant(ZoneOffset.UTC));
        Timestamp deadline = Timestamp.from(period.end().atTime(12, 0).toInstant(ZoneOffset.UTC));
        return new Object[] {period.key(), period.kind().name(), Date.valueOf(period.start()),
            Date.valueOf(period.end()), opened, deadline, deadline, deadline, deadline};
    }
}
