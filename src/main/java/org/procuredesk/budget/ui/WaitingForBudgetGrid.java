package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.procuredesk.budget.BudgetDashboard.WaitingLine;
import org.procuredesk.notification.Links;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.PageLink;

/**
 * What waits for a budget, approved applications and stock replenishment orders, and the budget that holds each,
 * if one does yet.
 */
class WaitingForBudgetGrid extends Grid<WaitingLine> {

    WaitingForBudgetGrid(Formats formats) {
        setId("waiting-for-budget");
        setAllRowsVisible(true);
        addColumn(line -> getTranslation(line.sourceKey())).setHeader(getTranslation("budget.source"))
                .setKey("source").setAutoWidth(true);
        addComponentColumn(line -> SourceLink.to(rowId(line), line.source(), line.referenceId(), line.number()))
                .setHeader(getTranslation("budget.number")).setKey("number").setAutoWidth(true);
        addColumn(WaitingLine::requesterName).setHeader(getTranslation("budget.requester")).setAutoWidth(true);
        addColumn(line -> getTranslation(line.kind().messageKey())).setHeader(getTranslation("budget.kind"))
                .setAutoWidth(true);
        addColumn(line -> formats.money(line.total(), getLocale())).setHeader(getTranslation("budget.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(WaitingLine::subject).setHeader(getTranslation("budget.subject")).setFlexGrow(2);
        addComponentColumn(this::heldBy).setHeader(getTranslation("budget.heldBy")).setKey("heldBy")
                .setAutoWidth(true);
    }

    void show(List<WaitingLine> waiting) {
        setItems(waiting);
    }

    private Component heldBy(WaitingLine line) {
        return line.heldBy() == null ? new Span(getTranslation("budget.notHeld"))
                : PageLink.to(rowId(line) + "-held", Links.budget(line.heldBy()), line.heldBy());
    }

    private static String rowId(WaitingLine line) {
        return "waiting-" + line.source().toLowerCase(Locale.ROOT) + "-" + line.referenceId();
    }
}
