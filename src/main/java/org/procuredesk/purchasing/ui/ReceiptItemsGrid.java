package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.procuredesk.purchasing.ReceiptItem;
import org.procuredesk.system.Formats;

/** The items of a receipt document, read only: what each is, its serial and inventory numbers, warranty and price. */
class ReceiptItemsGrid extends Grid<ReceiptItem> {

    ReceiptItemsGrid(String id, List<ReceiptItem> items, Formats formats) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(ReceiptItem::description).setHeader(getTranslation("purchase.item.description")).setFlexGrow(3);
        addColumn(ReceiptItem::serialNumber).setHeader(getTranslation("purchase.item.serialNumber"));
        addColumn(ReceiptItem::inventoryNumber).setHeader(getTranslation("purchase.item.inventoryNumber"));
        addColumn(ReceiptItem::warrantyMonths).setHeader(getTranslation("purchase.item.warrantyMonths"));
        addColumn(item -> formats.money(item.unitPrice(), getLocale()))
                .setHeader(getTranslation("purchase.item.unitPrice"));
        setItems(items);
    }
}
