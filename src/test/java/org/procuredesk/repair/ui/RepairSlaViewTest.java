package org.procuredesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.repair.RepairSla;
import org.procuredesk.repair.RepairSlaReport;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The view's part only: the report of the period chosen, its figures and grids, and the warranty window. */
class RepairSlaViewTest {

    static final LocalDate FROM = LocalDate.of(2026, 8, 29);
    static final LocalDate TO = LocalDate.of(2026, 11, 26);
    static final RepairSla.ExpiringWarranty SOON = warranty("INV-2026-000010", 10);
    static final RepairSla.ExpiringWarranty LATER = warranty("INV-2026-000011", 75);
    static final RepairSla.Report LAST_90_DAYS = new RepairSla.Report(FROM, TO, 8, 2, 3,
            new RepairSla.RestoreTimes<>("all", 5, 3, 117.6, 4.9, 0.6),
            List.of(new RepairSla.RestoreTimes<>(EquipmentCategory.LAPTOP, 3, 1, 176, 176 / 24.0, 1 / 3.0)),
            List.of(new RepairSla.RestoreTimes<>("Alfa SRL", 3, 2, 50, 50 / 24.0, 2 / 3.0),
                    new RepairSla.RestoreTimes<>(RepairSla.UNKNOWN_SUPPLIER, 1, 1, 24, 1, 1)),
            new RepairSla.ExpiringWarranties(1, 1, 2, List.of(SOON, LATER)));

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final RepairSlaReport report = mock(RepairSlaReport.class);
    private final Formats formats = new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
            ZoneId.of("Europe/Bucharest"), new ProcureDeskProperties.DemoData(false, "x"),
            new ProcureDeskProperties.FirstAdministrator(null, null, "A", null)));

    @BeforeEach
    void lastNinetyDays() {
        when(report.report(null, null)).thenReturn(LAST_90_DAYS);
    }

    @Test
    void opensOnTheLastNinetyDaysWithTheirFiguresAndRestoreTimes() {
        RepairSlaView view = new RepairSlaView(report, formats);

        assertThat(Find.byId(view, "repair-sla-from", DatePicker.class).getValue()).isEqualTo(FROM);
        assertThat(Find.byId(view, "repair-sla-to", DatePicker.class).getValue()).isEqualTo(TO);
        assertThat(text(view, "repair-sla-reported")).isEqualTo("8");
        assertThat(text(view, "repair-sla-open")).isEqualTo("2");
        assertThat(text(view, "repair-sla-breached")).isEqualTo("3");
        assertThat(text(view, "repair-sla-average")).isEqualTo("117.6 h (4.9 days)");
        assertThat(text(view, "repair-sla-within")).isEqualTo("60% (3 of 5)");
        assertThat(rows(view, "repair-sla-by-category")).isEqualTo(LAST_90_DAYS.byCategory());
        assertThat(rows(view, "repair-sla-by-supplier")).isEqualTo(LAST_90_DAYS.bySupplier());
    }

    @Test
    void choosingAnotherFirstDayShowsTheReportOfThatPeriod() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        RepairSla.Report year = new RepairSla.Report(first, TO, 40, 1, 0,
                new RepairSla.RestoreTimes<>("all", 39, 39, 30, 1.25, 1), List.of(), List.of(),
                LAST_90_DAYS.warranties());
        when(report.report(first, TO)).thenReturn(year);
        RepairSlaView view = new RepairSlaView(report, formats);

        Find.byId(view, "repair-sla-from", DatePicker.class).setValue(first);

        assertThat(text(view, "repair-sla-reported")).isEqualTo("40");
        assertThat(text(view, "repair-sla-within")).isEqualTo("100% (39 of 39)");
        assertThat(rows(view, "repair-sla-by-category")).isEmpty();
    }

    @Test
    void aPeriodWithNoAssetRestoredShowsNoAverage() {
        when(report.report(TO, TO)).thenReturn(new RepairSla.Report(TO, TO, 1, 1, 0,
                new RepairSla.RestoreTimes<>("all", 0, 0, 0, 0, 0), List.of(), List.of(),
                LAST_90_DAYS.warranties()));
        RepairSlaView view = new RepairSlaView(report, formats);

        Find.byId(view, "repair-sla-from", DatePicker.class).setValue(TO);

        assertThat(text(view, "repair-sla-average")).isEqualTo("None restored yet");
        assertThat(text(view, "repair-sla-within")).isEqualTo("None restored yet");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedOnTheFirstDay() {
        LocalDate afterTheEnd = TO.plusDays(1);
        when(report.report(afterTheEnd, TO)).thenThrow(DomainException.ofField("from", "period.fromAfterTo"));
        RepairSlaView view = new RepairSlaView(report, formats);

        DatePicker from = Find.byId(view, "repair-sla-from", DatePicker.class);
        from.setValue(afterTheEnd);

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("The first day of the period must not be after its last day.");
        assertThat(text(view, "repair-sla-reported")).isEqualTo("8");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWarrantyWindowListsTheAssetsWhoseWarrantyEndsWithinIt() {
        RepairSlaView view = new RepairSlaView(report, formats);
        RadioButtonGroup<Integer> window = Find.byId(view, "repair-sla-window", RadioButtonGroup.class);

        assertThat(window.getValue()).isEqualTo(30);
        assertThat(window.getItemLabelGenerator().apply(90)).isEqualTo("Within 90 days (2)");
        assertThat(rows(view, "repair-sla-warranties")).containsExactly(SOON);
        window.setValue(90);
        assertThat(rows(view, "repair-sla-warranties")).containsExactly(SOON, LATER);
    }

    private static String text(RepairSlaView view, String id) {
        return Find.byId(view, id, Span.class).getText();
    }

    private static List<Object> rows(RepairSlaView view, String id) {
        Grid<?> grid = Find.byId(view, id, Grid.class);
        return grid.getDataProvider().fetch(new Query<>()).map(Object.class::cast).toList();
    }

    private static RepairSla.ExpiringWarranty warranty(String inventoryNumber, long daysLeft) {
        return new RepairSla.ExpiringWarranty(inventoryNumber, "SN-" + inventoryNumber, EquipmentCategory.MONITOR,
                "P2425", "Alfa SRL", "Ana Popescu", TO.plusDays(daysLeft), daysLeft);
    }
}
