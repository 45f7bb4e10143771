package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.procuredesk.inventory.count.CountLineView;

/** A count's lines: what each is, whether it was expected and found, and what differs and became of it. */
class CountLinesGrid extends Grid<CountLineView> {

    CountLinesGrid(String id, List<CountLineView> lines) {
        setId(id);
        setAllRowsVisible(true);
        addColumn(CountLineView::inventoryNumber).setHeader(getTranslation("asset.inventoryNumber")).setAutoWidth(true);
        addColumn(CountLineView::serialNumber).setHeader(getTranslation("asset.serialNumber")).setAutoWidth(true);
        addColumn(CountLineView::description).setHeader(getTranslation("asset.description")).setFlexGrow(1);
        addColumn(line -> yesNo(line.expected())).setHeader(getTranslation("inventoryCount.expected"));
        addColumn(line -> yesNo(line.found())).setHeader(getTranslation("inventoryCount.found"));
        addColumn(CountLineView::holderName).setHeader(getTranslation("asset.holder")).setAutoWidth(true);
        addColumn(line -> line.difference() == null ? "" : getTranslation(line.difference().messageKey()))
                .setHeader(getTranslation("inventoryCount.difference")).setAutoWidth(true);
        addColumn(line -> line.resolution() == null ? "" : getTranslation(line.resolution().messageKey()))
                .setHeader(getTranslation("inventoryCount.resolution")).setAutoWidth(true);
        addColumn(CountLineView::documentNumber).setHeader(getTranslation("inventoryCount.document"))
                .setAutoWidth(true);
        setItems(lines);
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "inventoryCount.yes" : "inventoryCount.no");
    }
}
