package org.procuredesk.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a budget's new lines many to a statement, in the caller's transaction: a weekly budget takes in thousands
 * of applications at once, which one insert each (the entity's generated id allows no JDBC batching) would take
 * seconds to write.
 */
@Component
class BudgetLineWriter {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final String INSERT = "insert into budget_line (version, budget_id, source, reference_id,"
            + " reference_number, requester, department_id, amount, subject, state, released) values ";
    private static final String ROW = "(0, ?, ?, ?, ?, ?, ?, ?, ?, '" + LineState.INCLUDED.name() + "', false)";

    private final JdbcTemplate jdbc;

    BudgetLineWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds each candidate to the budget as an included line. */
    void include(Long budgetId, List<BudgetCandidate> candidates) {
        for (int from = 0; from < candidates.size(); from += ROWS_PER_STATEMENT) {
            List<BudgetCandidate> rows = candidates.subList(from, Math.min(from + ROWS_PER_STATEMENT,
                    candidates.size()));
            List<Object> values = new ArrayList<>();
            rows.forEach(candidate -> values.addAll(Arrays.asList(budgetId, candidate.source(),
                    candidate.referenceId(), candidate.number(), candidate.requester(), candidate.departmentId(),
                    candidate.amount(), candidate.subject())));
            jdbc.update(INSERT + String.join(", ", Collections.nCopies(rows.size(), ROW)), values.toArray());
        }
    }
}
