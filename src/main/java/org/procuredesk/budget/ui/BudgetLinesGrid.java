package org.procuredesk.budget.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.procuredesk.budget.BudgetLineView;
import org.procuredesk.system.Formats;

/**
 * The lines of a budget, applications and replenishment orders: each links to its page; the forms add a column
 * for what they do to a line.
 */
class BudgetLinesGrid extends Grid<BudgetLineView> {

    BudgetLinesGrid(String id, Formats formats) {
        setId(id);
        setAllRowsVisible(true);
        addColumn(line -> getTranslation(line.sourceKey())).setHeader(getTranslation("budget.source"))
                .setKey("source").setAutoWidth(true);
        addComponentColumn(line -> SourceLink.to(id + "-line-" + line.id(), line.source(), line.referenceId(),
                line.number())).setHeader(getTranslation("budget.number")).setKey("number").setAutoWidth(true);
        addColumn(BudgetLineView::requesterName).setHeader(getTranslation("budget.requester")).setAutoWidth(true);
        addColumn(BudgetLineView::department).setHeader(getTranslation("budget.department")).setAutoWidth(true);
        addColumn(BudgetLineView::subject).setHeader(getTranslation("budget.subject")).setFlexGrow(2);
        addColumn(line -> formats.money(line.amount(), getLocale())).setHeader(getTranslation("budget.amount"))
                .setKey("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(line -> getTranslation(line.state().messageKey())).setHeader(getTranslation("budget.lineState"))
                .setKey("state").setAutoWidth(true);
        addColumn(BudgetLineView::reason).setHeader(getTranslation("budget.reason")).setKey("reason").setFlexGrow(2);
    }

    BudgetLinesGrid show(List<BudgetLineView> lines) {
        setItems(lines);
        return this;
    }
}
