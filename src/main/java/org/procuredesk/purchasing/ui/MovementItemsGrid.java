package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.procuredesk.inventory.MovementLine;

/** The assets a movement document moved, read only, by inventory number. */
class MovementItemsGrid extends Grid<MovementLine> {

    MovementItemsGrid(String id, List<MovementLine> lines) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(MovementLine::inventoryNumber).setHeader(getTranslation("purchase.item.inventoryNumber"));
        addColumn(MovementLine::serialNumber).setHeader(getTranslation("purchase.item.serialNumber"));
        addColumn(line -> getTranslation(line.category().messageKey()))
                .setHeader(getTranslation("purchase.item.category"));
        addColumn(MovementLine::model).setHeader(getTranslation("purchase.item.model"));
        addColumn(MovementLine::description).setHeader(getTranslation("purchase.item.description")).setFlexGrow(3);
        setItems(lines);
    }
}
