package org.procuredesk.repair.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.procuredesk.repair.RepairSla;
import org.procuredesk.system.Formats;

/**
 * The assets whose warranty ends within the window chosen (30, 60 or 90 days), soonest first, with the count of each.
 */
class ExpiringWarrantiesPanel extends VerticalLayout {

    private final RadioButtonGroup<Integer> window = new RadioButtonGroup<>();
    private final Grid<RepairSla.ExpiringWarranty> grid = new Grid<>();
    private RepairSla.ExpiringWarranties shown = new RepairSla.ExpiringWarranties(0, 0, 0, List.of());

    ExpiringWarrantiesPanel(Formats formats) {
        setPadding(false);
        window.setId("repair-sla-window");
        window.setItems(RepairSla.WARRANTY_WINDOWS);
        window.setItemLabelGenerator(days -> getTranslation("repairSla.window", days, shown.within(days).size()));
        window.setValue(RepairSla.WARRANTY_WINDOWS.get(0));
        window.addValueChangeListener(change -> grid.setItems(shown.within(change.getValue())));
        grid.setId("repair-sla-warranties");
        grid.setAllRowsVisible(true);
        grid.addColumn(RepairSla.ExpiringWarranty::inventoryNumber).setHeader(getTranslation("asset.inventoryNumber"))
                .setAutoWidth(true);
        grid.addColumn(RepairSla.ExpiringWarranty::serialNumber).setHeader(getTranslation("asset.serialNumber"))
                .setAutoWidth(true);
        grid.addColumn(asset -> getTranslation(asset.category().messageKey()))
                .setHeader(getTranslation("asset.category")).setAutoWidth(true);
        grid.addColumn(RepairSla.ExpiringWarranty::model).setHeader(getTranslation("asset.model")).setFlexGrow(1);
        grid.addColumn(RepairSla.ExpiringWarranty::supplier).setHeader(getTranslation("repairSla.supplier"))
                .setAutoWidth(true);
        grid.addColumn(RepairSla.ExpiringWarranty::holderName).setHeader(getTranslation("asset.holder"))
                .setAutoWidth(true);
        grid.addColumn(asset -> formats.date(asset.warrantyEnd(), getLocale()))
                .setHeader(getTranslation("asset.warrantyUntil")).setAutoWidth(true);
        grid.addColumn(RepairSla.ExpiringWarranty::daysLeft).setHeader(getTranslation("repairSla.daysLeft"))
                .setAutoWidth(true);
        add(window, grid);
    }

    void show(RepairSla.ExpiringWarranties warranties) {
        shown = warranties;
        RepairSla.WARRANTY_WINDOWS.forEach(window.getListDataView()::refreshItem);
        grid.setItems(warranties.within(window.getValue()));
    }
}
