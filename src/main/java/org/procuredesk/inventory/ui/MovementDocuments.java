package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.inventory.MovementLine;
import org.procuredesk.system.Formats;

/** Movement documents, and below them every asset the chosen one moved. */
class MovementDocuments extends VerticalLayout {

    private final Grid<MovementDocumentView> documents = new Grid<>();

    /** @param prefix gives the ids {@code <prefix>-documents} and {@code <prefix>-lines} */
    MovementDocuments(String prefix, Formats formats, Locale locale) {
        setPadding(false);
        documents.setId(prefix + "-documents");
        documents.addColumn(MovementDocumentView::number).setHeader(getTranslation("movement.number"))
                .setAutoWidth(true);
        documents.addColumn(document -> formats.date(document.date(), locale))
                .setHeader(getTranslation("movement.date")).setAutoWidth(true);
        documents.addColumn(MovementDocumentView::fromName).setHeader(getTranslation("movement.from"));
        documents.addColumn(MovementDocumentView::toName).setHeader(getTranslation("movement.to"));
        documents.addColumn(MovementDocumentView::reason).setHeader(getTranslation("movement.reason"));
        documents.addColumn(MovementDocumentView::recordedByName).setHeader(getTranslation("movement.recordedBy"));
        Grid<MovementLine> lines = new Grid<>();
        lines.setId(prefix + "-lines");
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
        add(documents, lines);
    }

    /** As many rows as there are documents, for a short list in a dialog. */
    MovementDocuments allRowsVisible() {
        documents.setAllRowsVisible(true);
        return this;
    }

    void show(List<MovementDocumentView> shown) {
        documents.setItems(shown);
    }
}
