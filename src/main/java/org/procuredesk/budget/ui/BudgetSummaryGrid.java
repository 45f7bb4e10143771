package org.procuredesk.budget.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.procuredesk.budget.BudgetSummary;
import org.procuredesk.notification.Links;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.PageLink;

/** Budgets listed by period (each linking to its page), kind and deadline; a list adds what it tells of each. */
abstract class BudgetSummaryGrid extends Grid<BudgetSummary> {

    /** @param id the grid's; a period's link is {@code <id>-<period>} */
    BudgetSummaryGrid(String id, Formats formats) {
        setId(id);
        setAllRowsVisible(true);
        addComponentColumn(budget -> PageLink.to(id + "-" + budget.period(), Links.budget(budget.period()),
                budget.period())).setHeader(getTranslation("budget.period")).setKey("period").setAutoWidth(true);
        addColumn(budget -> getTranslation(budget.kind().messageKey())).setHeader(getTranslation("budget.kind"))
                .setAutoWidth(true);
        addColumn(budget -> formats.dateTime(budget.deadline(), getLocale()))
                .setHeader(getTranslation("budget.deadline")).setKey("deadline").setAutoWidth(true);
    }

    void show(List<BudgetSummary> budgets) {
        setItems(budgets);
    }
}
