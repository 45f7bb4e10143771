package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;
import org.procuredesk.inventory.AssetFilter;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.EquipmentSearch;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.Formats;

/** The equipment register, read-only: every asset, a page at a time, found by number or model, status and category. */
@Route("equipment")
@Menu(title = "nav.equipment", order = 20, icon = "vaadin:laptop")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "WAREHOUSE", "IT_HEAD", "AUDITOR"})
public class EquipmentView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AssetSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<AssetStatus> status = new ComboBox<>();
    private final ComboBox<EquipmentCategory> category = new ComboBox<>();
    private final EquipmentSearch equipment;
    private final Formats formats;

    public EquipmentView(EquipmentSearch equipment, Formats formats) {
        this.equipment = equipment;
        this.formats = formats;
        setSizeFull();
        configureFilters();
        configureGrid();
        add(new HorizontalLayout(search, status, category), grid);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.equipment");
    }

    private void configureFilters() {
        search.setId("equipment-search");
        search.setPlaceholder(getTranslation("equipment.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20em");
        search.addValueChangeListener(change -> updateList());
        offer(status, "equipment-status", "asset.status", AssetStatus.values(), AssetStatus::messageKey);
        offer(category, "equipment-category", "asset.category", EquipmentCategory.values(),
                EquipmentCategory::messageKey);
    }

    private <T> void offer(ComboBox<T> filter, String id, String placeholderKey, T[] values,
                           Function<T, String> messageKey) {
        filter.setId(id);
        filter.setPlaceholder(getTranslation(placeholderKey));
        filter.setItems(values);
        filter.setItemLabelGenerator(value -> getTranslation(messageKey.apply(value)));
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(change -> updateList());
    }

    private void configureGrid() {
        grid.setId("equipment-grid");
        grid.setSizeFull();
        AssetColumns.addTo(grid, formats, getLocale(), true);
    }

    private void updateList() {
        AssetFilter filter = new AssetFilter(search.getValue(), status.getValue(), category.getValue());
        grid.setItems(query -> equipment.page(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) equipment.count(filter));
    }
}
