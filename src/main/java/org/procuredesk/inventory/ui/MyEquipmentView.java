package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.MyEquipment;
import org.procuredesk.system.Formats;

/** The equipment the signed-in person holds, by inventory number; a fault on any of it is reported from its row. */
@Route("my-equipment")
@Menu(title = "nav.myEquipment", order = 12, icon = "vaadin:laptop")
@PermitAll
public class MyEquipmentView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AssetSummary> grid = new Grid<>();
    private final MyEquipment myEquipment;

    public MyEquipmentView(MyEquipment myEquipment, Formats formats) {
        this.myEquipment = myEquipment;
        setSizeFull();
        grid.setId("my-equipment-grid");
        grid.setSizeFull();
        AssetColumns.addTo(grid, formats, getLocale(), false);
        grid.addColumn(AssetSummary::description).setHeader(getTranslation("asset.description")).setFlexGrow(2);
        ReportFaultColumn.addTo(grid, "my-equipment");
        add(grid);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myEquipment");
    }

    private void updateList() {
        grid.setItems(query -> myEquipment.page(query.getPage(), query.getPageSize()).stream(),
                query -> (int) myEquipment.count());
    }
}
