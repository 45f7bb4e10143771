package org.procuredesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.security.AuthenticationContext;
import elemental.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.audit.AuditViews.HeatElement;
import org.procuredesk.audit.AuditViews.IncidentView;
import org.procuredesk.audit.AuditViews.ProcessHeatMap;
import org.procuredesk.audit.AuditViews.ProcessVersion;
import org.procuredesk.audit.ProcessAudit;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/**
 * The processes' page, the service a stand-in: a version's figures and heat map over the period, its slowest steps,
 * the incidents; an administrator sees the incidents only, with a Retry button.
 */
class ProcessAuditViewTest {

    static final LocalDate FROM = LocalDate.of(2026, 8, 29);
    static final LocalDate TO = LocalDate.of(2026, 11, 26);
    static final long HOUR = Duration.ofHours(1).toMillis();
    static final ProcessVersion APPLICATIONS = new ProcessVersion("applicationToIt:3:d", "applicationToIt",
            "Application to IT", 3, 4, 10, 1, 0);
    static final ProcessVersion REPAIRS = new ProcessVersion("warrantyRepair:1:r", "warrantyRepair",
            "Warranty repair", 1, 0, 2, 0, 0);
    static final HeatElement REVIEW = new HeatElement("checkCompleteness", "Check completeness", "userTask", 14,
            2 * HOUR, 5 * HOUR);
    static final HeatElement APPROVAL = new HeatElement("approveByLineManager", "Approve (line manager)", "userTask",
            7, 26 * HOUR, 50 * HOUR);
    static final HeatElement WAITING = new HeatElement("approveByFinance", "Approve (finance)", "userTask", 1, null,
            null);
    static final IncidentView FAILED = new IncidentView("inc-1", "applicationToIt", "APP-2026-000042",
            "sendNotice", "Mail server down", Instant.parse("2026-11-25T10:00:00Z"), "job-1");

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final ProcessAudit processes = mock(ProcessAudit.class);
    private final AuthenticationContext authentication = mock(AuthenticationContext.class);

    @Test
    @SuppressWarnings("unchecked")
    void showsTheFirstVersionsFiguresAndHeatMapOverTheLastNinetyDays() {
        ProcessAuditView view = asReader();

        Select<ProcessVersion> version = Find.byId(view, "audit-version", Select.class);
        assertThat(version.getValue()).isEqualTo(APPLICATIONS);
        assertThat(version.getItemLabelGenerator().apply(APPLICATIONS))
                .isEqualTo("Application to IT, version 3: 4 running, 10 completed, 1 cancelled, 0 with incidents");
        assertThat(text(view, "audit-running")).isEqualTo("4");
        assertThat(text(view, "audit-completed")).isEqualTo("10");
        assertThat(text(view, "audit-with-incidents")).isEqualTo("0");
        BpmnDiagram diagram = Find.byId(view, "audit-heat-diagram", BpmnDiagram.class);
        assertThat(diagram.getElement().getProperty("xml")).isEqualTo("<applications/>");
        JsonObject heat = (JsonObject) diagram.getElement().getPropertyRaw("heat");
        assertThat(heat.getNumber("checkCompleteness")).isEqualTo(1.0);
        assertThat(heat.getNumber("approveByLineManager")).isEqualTo(0.5);
        JsonObject badges = (JsonObject) diagram.getElement().getPropertyRaw("badges");
        assertThat(badges.getString("approveByLineManager")).isEqualTo("7 · 1 d 2 h · 2 d 2 h");
        assertThat(badges.getString("approveByFinance")).isEqualTo("1 · – · –");
        Grid<HeatElement> slowest = Find.byId(view, "audit-slowest", Grid.class);
        assertThat(Cells.<HeatElement>rows(slowest)).containsExactly(APPROVAL, REVIEW);
        assertThat(Cells.text(slowest, "p95", REVIEW)).isEqualTo("5 h");
    }

    @Test
    void anotherVersionOrPeriodShowsItsHeatMap() {
        when(processes.heatMap(REPAIRS.processDefinitionId(), FROM, TO)).thenReturn(heatMap(REPAIRS, "<repairs/>",
                List.of()));
        when(processes.heatMap(REPAIRS.processDefinitionId(), TO, TO)).thenReturn(heatMap(REPAIRS, "<today/>",
                List.of()));
        ProcessAuditView view = asReader();

        version(view).setValue(REPAIRS);
        assertThat(Find.byId(view, "audit-heat-diagram", BpmnDiagram.class).getElement().getProperty("xml"))
                .isEqualTo("<repairs/>");
        Find.byId(view, "audit-period-from", DatePicker.class).setValue(TO);
        assertThat(Find.byId(view, "audit-heat-diagram", BpmnDiagram.class).getElement().getProperty("xml"))
                .isEqualTo("<today/>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSlowestStepsAreTheTenWithTheLongestStays() {
        List<HeatElement> many = IntStream.rangeClosed(1, 12).mapToObj(step -> new HeatElement("step" + step,
                "Step " + step, "userTask", 1, step * HOUR, step * HOUR)).toList();
        when(processes.heatMap(REPAIRS.processDefinitionId(), FROM, TO)).thenReturn(heatMap(REPAIRS, "<repairs/>",
                many));
        ProcessAuditView view = asReader();

        version(view).setValue(REPAIRS);

        List<HeatElement> shown = Cells.rows(Find.byId(view, "audit-slowest", Grid.class));
        assertThat(shown).hasSize(10).first().isEqualTo(many.get(11));
        assertThat(shown).last().isEqualTo(many.get(2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readersSeeTheIncidentsWithoutARetry() {
        ProcessAuditView view = asReader();

        Grid<IncidentView> incidents = Find.byId(view, "audit-incidents", Grid.class);
        assertThat(Cells.<IncidentView>rows(incidents)).containsExactly(FAILED);
        assertThat(incidents.getColumnByKey("retry")).isNull();
        verify(processes, never()).retry(any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSeesOnlyTheIncidentsAndRetriesAFailedJob() {
        when(authentication.hasRole("ADMIN")).thenReturn(true);
        when(processes.incidents()).thenReturn(List.of(FAILED), List.of());
        ProcessAuditView view = new ProcessAuditView(processes, RealTexts.FORMATS, AuditViewTest.CLOCK,
                authentication);

        assertThatThrownBy(() -> version(view)).isInstanceOf(AssertionError.class);
        verify(processes, never()).versions();
        Grid<IncidentView> incidents = Find.byId(view, "audit-incidents", Grid.class);
        Button retry = ((ComponentRenderer<Button, IncidentView>) incidents.getColumnByKey("retry").getRenderer())
                .createComponent(FAILED);
        assertThat(retry.getText()).isEqualTo("Retry");
        assertThat(retry.isEnabled()).isTrue();

        retry.click();

        verify(processes).retry("inc-1");
        assertThat(Cells.<IncidentView>rows(incidents)).isEmpty();
    }

    private ProcessAuditView asReader() {
        when(authentication.hasAnyRole("AUDITOR", "IT_HEAD")).thenReturn(true);
        when(processes.versions()).thenReturn(List.of(APPLICATIONS, REPAIRS));
        when(processes.heatMap(APPLICATIONS.processDefinitionId(), FROM, TO)).thenReturn(heatMap(APPLICATIONS,
                "<applications/>", List.of(APPROVAL, REVIEW, WAITING)));
        when(processes.incidents()).thenReturn(List.of(FAILED));
        return new ProcessAuditView(processes, RealTexts.FORMATS, AuditViewTest.CLOCK, authentication);
    }

    @SuppressWarnings("unchecked")
    private static Select<ProcessVersion> version(ProcessAuditView view) {
        return Find.byId(view, "audit-version", Select.class);
    }

    private static String text(ProcessAuditView view, String id) {
        return Find.byId(view, id, Span.class).getText();
    }

    private static ProcessHeatMap heatMap(ProcessVersion version, String xml, List<HeatElement> elements) {
        return new ProcessHeatMap(version.processDefinitionId(), version.key(), version.name(), version.version(),
                xml, FROM, TO, Map.of("RUNNING", version.running(), "COMPLETED", version.completed(), "CANCELLED",
                version.cancelled(), "WITH_INCIDENTS", version.withIncidents()), elements);
    }
}
