package org.procuredesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.audit.AuditExports;
import org.procuredesk.audit.AuditViews.CaseRef;
import org.procuredesk.audit.CaseAudit;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The audit's start page, the services stand-ins: cases found by number, the decisions' downloads, the link on. */
class AuditViewTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneId.of("Europe/Bucharest"));
    static final CaseRef RUNNING = new CaseRef("APP-2026-000042", "applicationToIt", "Application to IT",
            Instant.parse("2026-11-02T08:00:00Z"), null);
    static final CaseRef ENDED = new CaseRef("APP-2026-000041", "applicationToIt", "Application to IT",
            Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"));

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final CaseAudit cases = mock(CaseAudit.class);
    private final AuditExports exports = mock(AuditExports.class);
    private AuditView view;

    @BeforeEach
    void open() {
        view = new AuditView(cases, exports, RealTexts.FORMATS, CLOCK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsTheCasesWhoseNumberStartsWithWhatIsTyped() {
        when(cases.find("APP-2026-00004")).thenReturn(List.of(RUNNING, ENDED));
        Grid<CaseRef> found = Find.byId(view, "audit-cases", Grid.class);

        Find.byId(view, "audit-search", TextField.class).setValue(" APP-2026-00004 ");

        assertThat(Cells.<CaseRef>rows(found)).containsExactly(RUNNING, ENDED);
        Find.byId(view, "audit-search", TextField.class).setValue("");
        assertThat(Cells.<CaseRef>rows(found)).isEmpty();
    }

    @Test
    void offersAllDecisionsOfThePastNinetyDaysForDownloadAndLinksTheProcesses() {
        assertThat(Find.byId(view, "audit-decisions-from", DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2026, 8, 29));
        assertThat(Find.byId(view, "audit-decisions-to", DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(Find.byId(view, "audit-decisions-csv", Anchor.class).getText()).isEqualTo("All decisions (CSV)");
        assertThat(Find.byId(view, "audit-decisions-pdf", Anchor.class).getText())
                .isEqualTo("All decisions (PDF report)");
        assertThat(Find.byId(view, "audit-processes", Anchor.class).getHref()).isEqualTo("audit/processes");
        verifyNoInteractions(exports);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedOnTheFirstDay() {
        DatePicker from = Find.byId(view, "audit-decisions-from", DatePicker.class);

        from.setValue(LocalDate.of(2026, 12, 1));

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("The first day of the period must not be after its last day.");
    }
}
