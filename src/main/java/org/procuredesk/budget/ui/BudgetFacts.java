package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.procuredesk.budget.BudgetSummary;
import org.procuredesk.system.Formats;

/**
 * A budget's summary, read only: its state, deadline, who submitted it when and whether that was on time, who
 * reviewed it and what they said, and its total against the limit. Each value has its own id.
 */
class BudgetFacts extends FormLayout {

    private final Formats formats;

    /** @param nameOf a person's full name by their user name */
    BudgetFacts(BudgetSummary budget, Formats formats, UnaryOperator<String> nameOf) {
        this.formats = formats;
        setId("budget-facts");
        fact("budget.kind", text("budget-kind", getTranslation(budget.kind().messageKey())));
        fact("budget.state", new StateLabel("budget-state", budget));
        fact("budget.periodDates", text("budget-period-dates", getTranslation("budget.fromTo",
                formats.date(budget.periodStart(), getLocale()), formats.date(budget.periodEnd(), getLocale()))));
        fact("budget.deadline", text("budget-deadline", dateTime(budget.deadline())));
        fact("budget.submitted", text("budget-submitted", budget.submittedAt() == null
                ? getTranslation("budget.notSubmitted")
                : getTranslation("budget.atBy", dateTime(budget.submittedAt()), nameOf.apply(budget.submittedBy()))));
        fact("budget.deadlineKept", text("budget-deadline-kept", DeadlineKept.text(this, budget.deadlineKept())));
        fact("budget.reviewed", text("budget-reviewed", budget.reviewedAt() == null ? ""
                : getTranslation("budget.atBy", dateTime(budget.reviewedAt()), nameOf.apply(budget.reviewedBy()))));
        fact("budget.reviewComment", text("budget-review-comment", budget.reviewComment()));
        fact("budget.total", new TotalAgainstLimit("budget-total", formats)
                .show(budget.totals().included(), budget.totals().limit()));
    }

    private void fact(String labelKey, Component value) {
        addFormItem(value, getTranslation(labelKey));
    }

    private String dateTime(Instant moment) {
        return formats.dateTime(moment, getLocale());
    }

    private static Span text(String id, String value) {
        Span text = new Span(value == null ? "" : value);
        text.setId(id);
        return text;
    }
}
