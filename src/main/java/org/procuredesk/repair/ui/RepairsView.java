package org.procuredesk.repair.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.procuredesk.notification.Links;
import org.procuredesk.repair.RepairCases;
import org.procuredesk.repair.RepairView;
import org.procuredesk.system.Formats;

/**
 * Repair cases, newest first: every case to IT and auditors, to anyone else the cases they reported or whose asset
 * they hold. A case opens on its page; a fault is reported from here too.
 */
@Route("repairs")
@Menu(title = "nav.repairs", order = 13, icon = "vaadin:wrench")
@PermitAll
public class RepairsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<RepairView> grid = new Grid<>();
    private final Formats formats;

    public RepairsView(RepairCases cases, Formats formats) {
        this.formats = formats;
        setSizeFull();
        Button report = new Button(getTranslation("repair.reportTitle"), VaadinIcon.WRENCH.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ReportFaultView.class)));
        report.setId("repairs-report");
        configureGrid();
        add(new H2(getPageTitle()), report, grid);
        grid.setItems(cases.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.repairs");
    }

    private void configureGrid() {
        grid.setId("repairs-grid");
        grid.addColumn(RepairView::number).setHeader(getTranslation("repair.number")).setAutoWidth(true);
        grid.addColumn(RepairView::inventoryNumber).setHeader(getTranslation("repair.inventoryNumber"))
                .setAutoWidth(true);
        grid.addColumn(repair -> getTranslation(repair.category().messageKey()))
                .setHeader(getTranslation("repair.category")).setAutoWidth(true);
        grid.addColumn(RepairView::holderName).setHeader(getTranslation("repair.holder")).setFlexGrow(1);
        grid.addColumn(repair -> getTranslation(repair.state().messageKey()))
                .setHeader(getTranslation("repair.state")).setAutoWidth(true);
        grid.addColumn(repair -> dateTime(repair.reportedAt())).setHeader(getTranslation("repair.reportedAt"))
                .setAutoWidth(true);
        grid.addColumn(repair -> dateTime(repair.slaDueAt())).setHeader(getTranslation("repair.slaDue"))
                .setAutoWidth(true);
        grid.addColumn(repair -> repair.breached() ? getTranslation("value.yes") : "")
                .setHeader(getTranslation("repair.breached")).setAutoWidth(true);
        grid.addColumn(repair -> repair.outcome() == null ? "" : getTranslation(repair.outcome().messageKey()))
                .setHeader(getTranslation("repair.outcome")).setAutoWidth(true);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate(Links.repair(click.getItem()
                .id()))));
    }

    private String dateTime(Instant instant) {
        return formats.dateTime(instant, getLocale());
    }
}
