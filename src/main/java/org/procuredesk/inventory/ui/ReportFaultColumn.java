package org.procuredesk.inventory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;

/** A button on each asset's row, but a written-off one's, that reports a fault on it in the repair feature's form. */
final class ReportFaultColumn {

    /** The route of the repair feature's fault report, which takes the asset's number as {@code ?asset=}. */
    static final String REPORT_FAULT = "repairs/report";

    private ReportFaultColumn() {
    }

    /** @param idPrefix each button's id is {@code <idPrefix>-report-<inventory number>} */
    static void addTo(Grid<AssetSummary> grid, String idPrefix) {
        grid.addComponentColumn(asset -> asset.status() == AssetStatus.WRITTEN_OFF ? new Span()
                : button(grid, asset, idPrefix)).setAutoWidth(true).setFlexGrow(0);
    }

    private static Component button(Grid<AssetSummary> grid, AssetSummary asset, String idPrefix) {
        Button report = new Button(grid.getTranslation("equipment.reportFault"), VaadinIcon.WRENCH.create(),
                click -> grid.getUI().ifPresent(ui -> ui.navigate(REPORT_FAULT,
                        QueryParameters.of("asset", asset.inventoryNumber()))));
        report.setId(idPrefix + "-report-" + asset.inventoryNumber());
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return report;
    }
}
