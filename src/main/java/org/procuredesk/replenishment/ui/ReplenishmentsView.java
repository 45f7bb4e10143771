package org.procuredesk.replenishment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.procuredesk.people.Role;
import org.procuredesk.replenishment.ReplenishmentView;
import org.procuredesk.replenishment.Replenishments;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.AuditLink;

/** Replenishment orders of consumables, newest first, the urgent ones marked; their steps are in the task list. */
@Route("replenishments")
@Menu(title = "nav.replenishments", order = 22, icon = "vaadin:truck")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "WAREHOUSE", "IT_HEAD", "AUDITOR"})
public class ReplenishmentsView extends VerticalLayout implements HasDynamicTitle {

    static final String URGENT = "urgent";

    private final Grid<ReplenishmentView> grid = new Grid<>();
    private final Formats formats;

    public ReplenishmentsView(Replenishments replenishments, Formats formats, AuthenticationContext authentication) {
        this.formats = formats;
        setSizeFull();
        configureGrid();
        if (authentication.hasAnyRole(Role.AUDITOR.name(), Role.IT_HEAD.name())) {
            grid.addComponentColumn(replenishment -> AuditLink.to(replenishment.number())).setKey("audit")
                    .setAutoWidth(true);
        }
        add(new H2(getTranslation("nav.replenishments")), grid);
        grid.setItems(replenishments.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.replenishments");
    }

    private void configureGrid() {
        grid.setId("replenishments");
        grid.addColumn(ReplenishmentView::number).setHeader(getTranslation("replenishment.number")).setAutoWidth(true);
        grid.addColumn(replenishment -> replenishment.sku() + " " + replenishment.name())
                .setHeader(getTranslation("replenishment.item")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ReplenishmentView::warehouseName).setHeader(getTranslation("replenishment.warehouse"))
                .setAutoWidth(true);
        grid.addColumn(replenishment -> replenishment.quantity() == null ? ""
                : formats.number(replenishment.quantity(), getLocale()) + " " + replenishment.unit())
                .setHeader(getTranslation("replenishment.quantity")).setAutoWidth(true);
        grid.addColumn(replenishment -> replenishment.orderValue() == null ? ""
                : formats.money(replenishment.orderValue(), getLocale()))
                .setHeader(getTranslation("replenishment.orderValue")).setAutoWidth(true);
        grid.addColumn(replenishment -> getTranslation(replenishment.urgent() ? "replenishment.urgent"
                : "replenishment.planned")).setHeader(getTranslation("replenishment.budget")).setAutoWidth(true);
        grid.addColumn(replenishment -> getTranslation(replenishment.state().messageKey()))
                .setHeader(getTranslation("replenishment.state")).setAutoWidth(true);
        grid.addColumn(replenishment -> replenishment.expectedDelivery() == null ? ""
                : formats.date(replenishment.expectedDelivery(), getLocale()))
                .setHeader(getTranslation("replenishment.expectedDelivery")).setAutoWidth(true);
        grid.setPartNameGenerator(replenishment -> replenishment.urgent() && replenishment.state().isOpen()
                ? URGENT : null);
    }
}
