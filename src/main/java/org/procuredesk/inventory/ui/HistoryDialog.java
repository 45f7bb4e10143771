package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.system.Formats;

/** An asset's movement documents, oldest first; choosing one shows every asset it moved. */
class HistoryDialog extends Dialog {

    HistoryDialog(AssetSummary asset, List<MovementDocumentView> history, Formats formats, Locale locale) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("equipment.historyTitle", asset.inventoryNumber()));
        setWidth("70em");
        if (history.isEmpty()) {
            add(new Span(getTranslation("equipment.noHistory")));
        } else {
            MovementDocuments documents = new MovementDocuments("history", formats, locale).allRowsVisible();
            documents.show(history);
            add(documents);
        }
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
