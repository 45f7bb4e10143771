package org.procuredesk.budget;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A budget's lines as CSV (RFC 4180, a header row), for a spreadsheet or the accounting system. */
@Service
@Transactional(readOnly = true)
public class BudgetExport {

    static final String[] HEADER = {"period", "source", "number", "requester", "department", "subject", "amount",
        "state", "reason"};

    private final Budgets budgets;

    BudgetExport(Budgets budgets) {
        this.budgets = budgets;
    }

    @PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'IT_HEAD', 'FINANCE', 'AUDITOR')")
    public String csv(String period) {
        BudgetDetail budget = budgets.detail(period);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (BudgetLineView line : budget.lines()) {
                printer.printRecord(budget.summary().period(), line.source(), line.number(), line.requesterName(),
                        line.department(), line.subject(), line.amount().toPlainString(), line.state().name(),
                        line.reason());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The file name a download of the budget's CSV gets, e.g. {@code budget-WEEKLY-2026-W49.csv}. */
    public static String fileName(String period) {
        return "budget-" + BudgetPeriod.parse(period).key() + ".csv";
    }
}
