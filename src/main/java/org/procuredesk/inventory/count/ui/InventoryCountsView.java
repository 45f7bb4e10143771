package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.procuredesk.inventory.count.CountOrders;
import org.procuredesk.inventory.count.CountSummary;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.people.Role;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.PageLink;

/** Every inventory count, the latest first, each opening on its page; the IT head orders a new one from here. */
@Route("inventory-counts")
@Menu(title = "nav.inventoryCounts", order = 22, icon = "vaadin:clipboard-check")
@RolesAllowed({"IT_HEAD", "IT_SUPPORT", "IT_SUPPORT_HEAD", "AUDITOR"})
public class InventoryCountsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<CountSummary> grid = new Grid<>();
    private final InventoryCounts counts;
    private final Formats formats;

    public InventoryCountsView(InventoryCounts counts, CountOrders orders, Formats formats,
                               AuthenticationContext authentication) {
        this.counts = counts;
        this.formats = formats;
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("nav.inventoryCounts")));
        if (authentication.hasRole(Role.IT_HEAD.name())) {
            add(new OrderCountForm(counts.locations(), orders::order, this::ordered));
        }
        add(grid);
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inventoryCounts");
    }

    private void configureGrid() {
        grid.setId("inventory-counts-grid");
        grid.addComponentColumn(this::link).setHeader(getTranslation("inventoryCount.number")).setAutoWidth(true);
        grid.addColumn(CountSummary::locationName).setHeader(getTranslation("inventoryCount.location")).setFlexGrow(1);
        grid.addColumn(count -> getTranslation(count.state().messageKey()))
                .setHeader(getTranslation("inventoryCount.state")).setAutoWidth(true);
        grid.addColumn(CountSummary::orderedByName).setHeader(getTranslation("inventoryCount.orderedBy"))
                .setAutoWidth(true);
        grid.addColumn(count -> formats.dateTime(count.orderedAt(), getLocale()))
                .setHeader(getTranslation("inventoryCount.orderedAt")).setAutoWidth(true);
        grid.addColumn(CountSummary::adjustmentNumber).setHeader(getTranslation("inventoryCount.adjustment"))
                .setAutoWidth(true);
    }

    private Anchor link(CountSummary count) {
        return PageLink.to("inventory-count-" + count.number(), InventoryCountView.path(count.number()),
                count.number());
    }

    private void ordered(CountSummary count) {
        FormSubmission.notifySuccess(getTranslation("inventoryCount.orderedNotice", count.number()));
        updateList();
    }

    private void updateList() {
        grid.setItems(counts.list());
    }
}
