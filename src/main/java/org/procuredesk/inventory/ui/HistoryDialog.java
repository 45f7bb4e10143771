package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.inventory.MovementLine;
import org.procuredesk.system.Formats;

/** An asset's movement documents, oldest first; choosing one shows every asset it moved. */
class HistoryDialog extends Dialog {

    HistoryDialog(AssetSummary asset, List<MovementDocumentView> history, Formats formats, Locale locale) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("equipment.historyTitle", asset.inventoryNumber()));
        setWidth("70em");
        Grid<MovementDocumentView> documents = new Grid<>();
        documents.setId("history-documents");
        documents.setAllRowsVisible(true);
        documents.addColumn(MovementDocumentView::number).setHeader(getTranslation("movement.number"))
                .setAutoWidth(true);
        documents.addColumn(document -> formats.date(document.date(), locale))
                .setHeader(getTranslation("movement.date")).setAutoWidth(true);
        documents.addColumn(MovementDocumentView::fromName).setHeader(getTranslation("movement.from"));
        documents.addColumn(MovementDocumentView::toName).setHeader(getTranslation("movement.to"));
        documents.addColumn(MovementDocumentView::reason).setHeader(getTranslation("movement.reason"));
        documents.addColumn(MovementDocumentView::recordedByName).setHeader(getTranslation("movement.recordedBy"));
        documents.setItems(history);
        Grid<MovementLine> lines = new Grid<>();
        lines.setId("history-lines");
        lines.setAllRowsVisible(true);
        lines.setVisible(false);
        lines.addColumn(MovementLine::inventoryNumber).setHeader(getTranslation("asset.inventoryNumber"));
        lines.addColumn(MovementLine::serialNumber).setHeader(getTranslation("asset.serialNumber"));
        lines.addColumn(line -> getTranslation(line.category().messageKey()))
                .setHeader(getTranslation("asset.category"));
        lines.addColumn(MovementLine::model).setHeader(getTranslation("asset.model"));
        documents.asSingleSelect().addValueChangeListener(choice -> {
            lines.setVisible(choice.getValue() != null);
            lines.setItems(choice.getValue() == null ? List.of() : choice.getValue().lines());
        });
        if (history.isEmpty()) {
            add(new Span(getTranslation("equipment.noHistory")));
        } else {
            add(documents, lines);
        }
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
