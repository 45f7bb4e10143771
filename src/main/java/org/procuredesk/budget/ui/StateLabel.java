package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.Span;
import org.procuredesk.budget.BudgetSummary;

/** Where a budget stands, with an "overdue" badge when its deadline passed before anyone submitted it. */
class StateLabel extends Span {

    StateLabel(String id, BudgetSummary budget) {
        setId(id);
        setText(getTranslation(budget.state().messageKey()));
        if (budget.overdue()) {
            Span overdue = new Span(getTranslation("budget.overdue"));
            overdue.setId(id + "-overdue");
            overdue.getElement().setAttribute("theme", "badge error small");
            overdue.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            add(overdue);
        }
    }
}
