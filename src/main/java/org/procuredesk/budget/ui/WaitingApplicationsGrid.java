package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.procuredesk.budget.BudgetDashboard.WaitingLine;
import org.procuredesk.notification.Links;
import org.procuredesk.system.Formats;

/** The applications approved and waiting for a budget, and the budget that holds each, if one does yet. */
class WaitingApplicationsGrid extends Grid<WaitingLine> {

    WaitingApplicationsGrid(Formats formats) {
        setId("waiting-applications");
        setAllRowsVisible(true);
        addComponentColumn(line -> PageLink.to("waiting-" + line.requestId(), Links.application(line.requestId()),
                line.applicationNumber())).setHeader(getTranslation("budget.application")).setKey("application")
                .setAutoWidth(true);
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
                : PageLink.to("waiting-held-" + line.requestId(), Links.budget(line.heldBy()), line.heldBy());
    }
}
