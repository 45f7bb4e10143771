package org.procuredesk.repair.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.procuredesk.repair.RepairSla;
import org.procuredesk.repair.RepairSlaReport;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.LocalizedDates;

/**
 * How repairs kept the agreement to restore assets, for the cases reported between two days (the last 90 unless
 * chosen): the figures of the period, the restore times by category and by supplier, and the warranties ending
 * within 30, 60 or 90 days.
 */
@Route("repair-sla")
@Menu(title = "nav.repairSla", order = 29, icon = "vaadin:chart")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "IT_HEAD", "AUDITOR"})
public class RepairSlaView extends VerticalLayout implements HasDynamicTitle {

    private final RepairSlaReport report;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final SlaFigures figures;
    private final RestoreTimesGrid<EquipmentCategory> byCategory;
    private final RestoreTimesGrid<String> bySupplier;
    private final ExpiringWarrantiesPanel warranties;

    public RepairSlaView(RepairSlaReport report, Formats formats) {
        this.report = report;
        this.figures = new SlaFigures(formats);
        this.byCategory = new RestoreTimesGrid<>("repair-sla-by-category", "repairSla.category",
                category -> getTranslation(category.messageKey()), formats);
        this.bySupplier = new RestoreTimesGrid<>("repair-sla-by-supplier", "repairSla.supplier",
                supplier -> RepairSla.UNKNOWN_SUPPLIER.equals(supplier) ? getTranslation("repairSla.unknownSupplier")
                        : supplier, formats);
        this.warranties = new ExpiringWarrantiesPanel(formats);
        setSizeFull();
        add(new H2(getTranslation("nav.repairSla")), new HorizontalLayout(from, to), figures,
                new H3(getTranslation("repairSla.byCategory")), byCategory,
                new H3(getTranslation("repairSla.bySupplier")), bySupplier,
                new H3(getTranslation("repairSla.warranties")), warranties);
        RepairSla.Report initial = report.report(null, null);
        configure(from, "repair-sla-from", "repairSla.from", initial.from());
        configure(to, "repair-sla-to", "repairSla.to", initial.to());
        show(initial);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.repairSla");
    }

    private void configure(DatePicker picker, String id, String labelKey, LocalDate value) {
        LocalizedDates.periodDay(picker, id, labelKey, value);
        picker.addValueChangeListener(change -> refresh());
    }

    private void refresh() {
        from.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            show(report.report(from.getValue(), to.getValue()));
        } catch (DomainException refusal) {
            from.setErrorMessage(getTranslation(refusal.getMessageKey(), refusal.getArguments()));
            from.setInvalid(true);
        }
    }

    private void show(RepairSla.Report shown) {
        figures.show(shown);
        byCategory.setItems(shown.byCategory());
        bySupplier.setItems(shown.bySupplier());
        warranties.show(shown.warranties());
    }
}
