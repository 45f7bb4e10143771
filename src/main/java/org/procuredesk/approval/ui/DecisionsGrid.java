package org.procuredesk.approval.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.procuredesk.approval.ApprovalDecisionView;
import org.procuredesk.system.Formats;

/** The approval decisions recorded on an application, oldest first, with who decided acting for whom. */
class DecisionsGrid extends Grid<ApprovalDecisionView> {

    DecisionsGrid(List<ApprovalDecisionView> decisions, Formats formats, UnaryOperator<String> names) {
        setId("application-decisions");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(decision -> getTranslation("approval." + decision.approval().name()))
                .setHeader(getTranslation("decision.approval"));
        addColumn(decision -> getTranslation("decision." + decision.decision().name()))
                .setHeader(getTranslation("decision.decision"));
        addColumn(decision -> decision.actingFor() == null ? names.apply(decision.decidedBy())
                : getTranslation("decision.actingFor", names.apply(decision.decidedBy()), names.apply(decision.actingFor())))
                .setHeader(getTranslation("decision.decidedBy"));
        addColumn(decision -> formats.dateTime(decision.decidedAt(), getLocale()))
                .setHeader(getTranslation("decision.decidedAt"));
        addColumn(decision -> formats.money(decision.amount(), getLocale())).setHeader(getTranslation("decision.amount"));
        addColumn(ApprovalDecisionView::comment).setHeader(getTranslation("decision.comment")).setFlexGrow(3);
        setItems(decisions);
    }
}
