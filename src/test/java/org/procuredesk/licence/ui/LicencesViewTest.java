package org.procuredesk.licence.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.licence.AssigneeKind;
import org.procuredesk.licence.AssignmentForm;
import org.procuredesk.licence.AssignmentView;
import org.procuredesk.licence.ExpiryStatus;
import org.procuredesk.licence.Finding;
import org.procuredesk.licence.FindingKind;
import org.procuredesk.licence.LicenceDetail;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.licence.LicenceReport;
import org.procuredesk.licence.LicenceSummary;
import org.procuredesk.licence.Licences;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The view's part only: the licences with their seats, the chosen one's assignments, and refusals on the dialog. */
class LicencesViewTest {

    static final LicenceSummary OFFICE = new LicenceSummary(7, 0, "Office 365", "Microsoft", "E3", 2, 2,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 10), BigDecimal.TEN, ExpiryStatus.EXPIRING);
    static final AssignmentView ANA = new AssignmentView(70, AssigneeKind.PERSON, "ana.requester", "ion.support",
            Instant.parse("2026-02-01T08:00:00Z"), null, null);

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneId.of("Europe/Bucharest"));

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final Licences licences = mock(Licences.class);
    private final LicenceReport report = mock(LicenceReport.class);
    private final AuthenticationContext authentication = mock(AuthenticationContext.class);
    private final Formats formats = new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
            ZoneId.of("Europe/Bucharest"), new ProcureDeskProperties.DemoData(false, "x"),
            new ProcureDeskProperties.FirstAdministrator(null, null, "A", null)));

    @Test
    void listsTheLicencesWithTheirSeatsAndShowsTheChosenOnesAssignments() {
        LicencesView view = openAs(true);

        Grid<LicenceSummary> grid = grid(view, "licences");
        assertThat(grid.getDataProvider().fetch(new Query<>()).toList()).containsExactly(OFFICE);
        grid.select(OFFICE);

        assertThat(grid(view, "licence-assignments").getDataProvider().fetch(new Query<>()).toList())
                .containsExactly(ANA);
        assertThat(Find.byId(view, "licence-assign", Button.class).isVisible()).isTrue();
    }

    @Test
    void aSeatAssignedThroughTheDialogGoesToTheChosenLicenceAndNoSeatLeftShowsOnTheAssignee() {
        AssignDialog dialog = new AssignDialog(form -> licences.assign(OFFICE.id(), form), () -> { });
        doThrow(new DomainException("licence.noSeatLeft", "Office 365", 2)).when(licences).assign(anyLong(), any());

        Find.byId(dialog, "licence-assignee", TextField.class).setValue("mihai.manager");
        Find.byId(dialog, "licence-assign-save", Button.class).click();

        verify(licences).assign(7, new AssignmentForm(AssigneeKind.PERSON, "mihai.manager"));
        TextField assignee = Find.byId(dialog, "licence-assignee", TextField.class);
        assertThat(assignee.isInvalid()).isTrue();
        assertThat(assignee.getErrorMessage()).isEqualTo("Office 365 has no free seat: all 2 bought are in use.");
        assertThat(Find.byId(dialog, "licence-assignee-kind", ComboBox.class).getValue())
                .isEqualTo(AssigneeKind.PERSON);
    }

    @Test
    void theReportTabShowsTheFindingsOfNow() {
        LicencesView view = openAs(false);
        when(report.findings()).thenReturn(List.of(new Finding(FindingKind.UNLICENSED_USE, 7, "Office 365",
                "Microsoft", "E3", LocalDate.of(2026, 11, 1), -3, 2, 2, List.of("ana.requester"))));

        Find.byId(view, "licence-tabs", Tabs.class).setSelectedIndex(1);

        assertThat(Find.byId(view, "licence-report", LicenceReportPanel.class).isVisible()).isTrue();
        assertThat(Find.byId(view, "licence-findings", Grid.class).getDataProvider().fetch(new Query<>()).toList())
                .hasSize(1);
    }

    @Test
    void auditorsSeeTheAssignmentsButNoAssignButton() {
        LicencesView view = openAs(false);

        grid(view, "licences").select(OFFICE);

        assertThat(Find.byId(view, "licence-assign", Button.class).isVisible()).isFalse();
        assertThat(Find.byId(view, "licence-edit", Button.class).isVisible()).isFalse();
        assertThat(Find.byId(view, "licence-new", Button.class).isVisible()).isFalse();
        assertThat(grid(view, "licence-assignments").getDataProvider().fetch(new Query<>()).toList())
                .containsExactly(ANA);
    }

    @Test
    void itAddsALicenceThroughItsDialogStartingValidTodayWithOneSeat() {
        LicencesView view = openAs(true);

        Find.byId(view, "licence-new", Button.class).click();
        LicenceDialog dialog = Find.byId(ui.answered(), "licence-dialog", LicenceDialog.class);
        Find.byId(dialog, "licenceForm-product", TextField.class).setValue("AutoCAD");
        Find.byId(dialog, "licenceForm-vendor", TextField.class).setValue("Autodesk");
        Find.byId(dialog, "licenceForm-save", Button.class).click();

        verify(licences).create(new LicenceForm("AutoCAD", "Autodesk", null, null, 1, LocalDate.of(2026, 11, 26), null,
                null));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void itChangesTheChosenLicenceAndFewerSeatsThanInUseShowOnTheSeats() {
        LicencesView view = openAs(true);
        grid(view, "licences").select(OFFICE);
        doThrow(DomainException.ofField("seats", "licence.seatsBelowUse", 1, 2)).when(licences)
                .change(anyLong(), any());

        Find.byId(view, "licence-edit", Button.class).click();
        LicenceDialog dialog = Find.byId(ui.answered(), "licence-dialog", LicenceDialog.class);
        Find.byId(dialog, "licenceForm-seats", IntegerField.class).setValue(1);
        Find.byId(dialog, "licenceForm-save", Button.class).click();

        verify(licences).change(7, new LicenceForm("Office 365", "Microsoft", "E3", null, 1, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 10), BigDecimal.TEN));
        IntegerField seats = Find.byId(dialog, "licenceForm-seats", IntegerField.class);
        assertThat(seats.isInvalid()).isTrue();
        assertThat(seats.getErrorMessage())
                .isEqualTo("The licence cannot have 1 seats: 2 are in use. Remove assignments first.");
        assertThat(dialog.isOpened()).isTrue();
    }

    private LicencesView openAs(boolean keeper) {
        when(licences.list()).thenReturn(List.of(OFFICE));
        when(licences.detail(7)).thenReturn(new LicenceDetail(OFFICE, null, List.of(ANA)));
        when(authentication.hasAnyRole("IT_SUPPORT", "IT_SUPPORT_HEAD", "IT_HEAD")).thenReturn(keeper);
        return new LicencesView(licences, report, formats, TODAY, authentication);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(LicencesView view, String id) {
        return Find.byId(view, id, Grid.class);
    }
}
