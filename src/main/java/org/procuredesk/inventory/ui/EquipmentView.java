package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import org.procuredesk.inventory.AssetExport;
import org.procuredesk.inventory.AssetFilter;
import org.procuredesk.inventory.AssetMoves;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.EquipmentSearch;
import org.procuredesk.people.Role;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;

/**
 * The equipment register: every asset, a page at a time, found by number or model, status and category; each
 * asset's movement documents; the list as CSV. The warehouse keeper and IT support move the chosen assets, IT
 * support and the IT head import assets from CSV; IT support reports faults from an asset's row.
 */
@Route("equipment")
@Menu(title = "nav.equipment", order = 20, icon = "vaadin:laptop")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "WAREHOUSE", "IT_HEAD", "AUDITOR"})
public class EquipmentView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AssetSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<AssetStatus> status = new ComboBox<>();
    private final ComboBox<EquipmentCategory> category = new ComboBox<>();
    private final Button move = new Button();
    private final Button history = new Button();
    private final EquipmentSearch equipment;
    private final Formats formats;
    /** What the list shows, for the CSV download, which runs outside the UI's lock. */
    private volatile AssetFilter filter = new AssetFilter("", null, null);

    public EquipmentView(EquipmentSearch equipment, RegisterChanges changes, Formats formats,
                         AuthenticationContext authentication) {
        this.equipment = equipment;
        this.formats = formats;
        setSizeFull();
        configureFilters();
        configureGrid();
        HorizontalLayout actions = new HorizontalLayout(history, csvLink(changes.export()));
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (authentication.hasAnyRole(Role.IT_SUPPORT.name(), Role.WAREHOUSE.name())) {
            configureMove(changes.moves());
            actions.addComponentAsFirst(move);
        }
        if (authentication.hasRole(Role.IT_SUPPORT.name())) {
            ReportFaultColumn.addTo(grid, "equipment");
        }
        if (authentication.hasAnyRole(Role.IT_SUPPORT.name(), Role.IT_HEAD.name())) {
            Button importing = new Button(getTranslation("equipment.import"), VaadinIcon.UPLOAD.create(),
                    click -> new ImportDialog(changes.importer(), changes.texts(), this::updateList).open());
            importing.setId("equipment-import");
            actions.add(importing);
        }
        configureHistory();
        add(new HorizontalLayout(search, status, category), actions, grid);
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
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        AssetColumns.addTo(grid, formats, getLocale(), true);
        grid.addSelectionListener(selection -> {
            move.setEnabled(!selection.getAllSelectedItems().isEmpty());
            history.setEnabled(selection.getAllSelectedItems().size() == 1);
        });
    }

    private void configureMove(AssetMoves moves) {
        move.setText(getTranslation("equipment.move"));
        move.setIcon(VaadinIcon.EXCHANGE.create());
        move.setId("equipment-move");
        move.setEnabled(false);
        move.addClickListener(click -> new MoveDialog(List.copyOf(grid.getSelectedItems()), moves, document -> {
            FormSubmission.notifySuccess(getTranslation("equipment.moved", document.number()));
            updateList();
        }).open());
    }

    private void configureHistory() {
        history.setText(getTranslation("equipment.history"));
        history.setIcon(VaadinIcon.TIME_BACKWARD.create());
        history.setId("equipment-history");
        history.setEnabled(false);
        history.addClickListener(click -> grid.getSelectedItems().stream().findFirst().ifPresent(asset ->
                new HistoryDialog(asset, equipment.history(asset.inventoryNumber()), formats, getLocale()).open()));
    }

    private Anchor csvLink(AssetExport export) {
        Anchor link = new Anchor((DownloadHandler) download -> export.write(filter, () -> {
            download.setFileName(AssetExport.FILE_NAME);
            download.setContentType("text/csv;charset=UTF-8");
            return download.getOutputStream();
        }), AttachmentType.DOWNLOAD, getTranslation("equipment.csv"));
        link.setId("equipment-csv");
        return link;
    }

    private void updateList() {
        AssetFilter shown = new AssetFilter(search.getValue(), status.getValue(), category.getValue());
        filter = shown;
        grid.deselectAll();
        grid.setItems(query -> equipment.page(shown, query.getPage(), query.getPageSize()).stream(),
                query -> (int) equipment.count(shown));
    }
}
