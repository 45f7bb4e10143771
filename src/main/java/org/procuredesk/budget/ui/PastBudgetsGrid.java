package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.Span;
import org.procuredesk.budget.BudgetSummary;
import org.procuredesk.system.Formats;

/** Approved budgets of ended periods, newest first: when each was due and submitted, on time or late. */
class PastBudgetsGrid extends BudgetSummaryGrid {

    PastBudgetsGrid(Formats formats) {
        super("past-budgets", formats);
        addColumn(budget -> budget.submittedAt() == null ? "" : formats.dateTime(budget.submittedAt(), getLocale()))
                .setHeader(getTranslation("budget.submitted")).setAutoWidth(true);
        addComponentColumn(this::kept).setHeader(getTranslation("budget.deadlineKept")).setKey("kept")
                .setAutoWidth(true);
    }

    private Span kept(BudgetSummary budget) {
        Span kept = new Span(DeadlineKept.text(this, budget.deadlineKept()));
        kept.setId("past-kept-" + budget.period());
        kept.getElement().setAttribute("theme",
                Boolean.TRUE.equals(budget.deadlineKept()) ? "badge success small" : "badge error small");
        return kept;
    }
}
