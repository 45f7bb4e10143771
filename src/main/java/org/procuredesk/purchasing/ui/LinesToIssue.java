package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.procuredesk.request.LineForm;

/** What an application asks for, read only: the items taken from stock for it are handed over as its lines. */
class LinesToIssue extends Grid<LineForm> {

    LinesToIssue(List<LineForm> lines) {
        setId("handover-lines");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(line -> getTranslation(line.category().messageKey()))
                .setHeader(getTranslation("purchase.item.category"));
        addColumn(LineForm::description).setHeader(getTranslation("purchase.item.description")).setFlexGrow(3);
        addColumn(LineForm::preferredModel).setHeader(getTranslation("purchase.item.model"));
        addColumn(LineForm::quantity).setHeader(getTranslation("purchase.item.quantity"));
        setItems(lines);
    }
}
