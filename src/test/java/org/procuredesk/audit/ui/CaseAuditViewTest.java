package org.procuredesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import elemental.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.audit.AuditExports;
import org.procuredesk.audit.AuditViews.CaseDiagram;
import org.procuredesk.audit.AuditViews.ElementExecution;
import org.procuredesk.audit.AuditViews.ElementStats;
import org.procuredesk.audit.AuditViews.TrailEntry;
import org.procuredesk.audit.AuditViews.TrailKind;
import org.procuredesk.audit.CaseAudit;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** A case on its diagram, the services stand-ins: marks, badges, executions on a click, the trail; or no such case. */
class CaseAuditViewTest {

    static final String KEY = "APP-2026-000042";
    static final Instant STARTED = Instant.parse("2026-11-02T08:00:00Z");
    static final long THREE_HOURS = Duration.ofHours(3).toMillis();
    static final CaseDiagram WAITING = new CaseDiagram(KEY, "pi-1", "applicationToIt:3:d", "applicationToIt",
            "Application to IT", 3, "<definitions/>", false, STARTED, null,
            List.of(new ElementStats("applicationSubmitted", "Application submitted", "startEvent", 1, 0L, 0L, 0),
                    new ElementStats("checkCompleteness", "Check completeness", "userTask", 2, THREE_HOURS,
                            2 * THREE_HOURS, 0),
                    new ElementStats("approveByLineManager", "Approve (line manager)", "userTask", 1, null, null, 1)),
            Set.of("approveByLineManager"), Set.of("toCheckCompleteness", "applicationComplete"));
    static final ElementExecution BY_SUBSTITUTE = new ElementExecution("checkCompleteness", "Check completeness",
            "userTask", STARTED, STARTED.plusMillis(THREE_HOURS), THREE_HOURS, "elena.supporthead", "Elena Ionescu",
            "ion.support", "Ion Pop", "completeness = ACCEPTED", "All there");
    static final TrailEntry SUBMITTED = new TrailEntry(STARTED, TrailKind.STARTED, "Application submitted",
            "ana.requester", "Ana Popescu", null);
    static final TrailEntry TIMER = new TrailEntry(STARTED.plusSeconds(60), TrailKind.TIMER, "Reminder", null, null,
            "P2D");

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final CaseAudit cases = mock(CaseAudit.class);
    private final AuditExports exports = mock(AuditExports.class);
    private final CaseAuditView view = new CaseAuditView(cases, exports, RealTexts.FORMATS);

    @Test
    void marksThePathTakenAndWhereTheCaseWaitsWithHowOftenAndHowLongEachStepRan() {
        open();

        BpmnDiagram diagram = Find.byId(view, "audit-diagram", BpmnDiagram.class);
        assertThat(view.getPageTitle()).isEqualTo(KEY + ": Application to IT");
        assertThat(diagram.getElement().getProperty("xml")).isEqualTo("<definitions/>");
        assertThat(Diagrams.json(diagram, "passed")).isEqualTo("[\"applicationComplete\",\"applicationSubmitted\","
                + "\"approveByLineManager\",\"checkCompleteness\",\"toCheckCompleteness\"]");
        assertThat(Diagrams.json(diagram, "current")).isEqualTo("[\"approveByLineManager\"]");
        JsonObject badges = (JsonObject) diagram.getElement().getPropertyRaw("badges");
        assertThat(badges.getString("checkCompleteness")).isEqualTo("×2 · 3 h");
        assertThat(badges.getString("approveByLineManager")).isEqualTo("×1");
        assertThat(badges.getString("applicationSubmitted")).isEqualTo("×1 · 0 s");
        assertThat(Find.byId(view, "audit-case-facts", Paragraph.class).getText())
                .startsWith("Version 3 of the process, started ").endsWith(", still running.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAStepListsItsExecutionsWithWhoActedForWhom() {
        when(cases.executions(KEY, "checkCompleteness")).thenReturn(List.of(BY_SUBSTITUTE));
        open();
        Grid<ElementExecution> executions = Find.byId(view, "audit-executions", Grid.class);
        assertThat(executions.isVisible()).isFalse();

        Diagrams.click(Find.byId(view, "audit-diagram", BpmnDiagram.class), "checkCompleteness");

        assertThat(executions.isVisible()).isTrue();
        assertThat(Find.byId(view, "audit-executions-title", H3.class).getText())
                .isEqualTo("Executions of Check completeness");
        assertThat(Cells.<ElementExecution>rows(executions)).containsExactly(BY_SUBSTITUTE);
        assertThat(Cells.text(executions, "who", BY_SUBSTITUTE)).isEqualTo("Elena Ionescu");
        assertThat(Cells.text(executions, "actingFor", BY_SUBSTITUTE)).isEqualTo("Ion Pop");
        assertThat(Cells.text(executions, "duration", BY_SUBSTITUTE)).isEqualTo("3 h");
        assertThat(Cells.text(executions, "decision", BY_SUBSTITUTE)).isEqualTo("completeness = ACCEPTED");
        assertThat(Cells.text(executions, "comment", BY_SUBSTITUTE)).isEqualTo("All there");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheTrailWithItsKindsInWordsAndOffersItForDownload() {
        when(cases.trail(KEY)).thenReturn(List.of(SUBMITTED, TIMER));
        open();

        Grid<TrailEntry> trail = Find.byId(view, "audit-trail", Grid.class);
        assertThat(Cells.<TrailEntry>rows(trail)).containsExactly(SUBMITTED, TIMER);
        assertThat(Cells.text(trail, "kind", SUBMITTED)).isEqualTo("Started");
        assertThat(Cells.text(trail, "kind", TIMER)).isEqualTo("Timer");
        assertThat(Cells.text(trail, "who", SUBMITTED)).isEqualTo("Ana Popescu");
        assertThat(Cells.text(trail, "who", TIMER)).isEqualTo("ProcureDesk (automatic)");
        assertThat(Find.byId(view, "audit-trail-csv", Anchor.class).getText()).isEqualTo("Trail (CSV)");
        assertThat(Find.byId(view, "audit-trail-pdf", Anchor.class).getElement().hasAttribute("download")).isTrue();
        verifyNoInteractions(exports);
    }

    @Test
    void anUnknownNumberIsSaidToBeNoCase() {
        when(cases.diagram("APP-0000-000000")).thenReturn(Optional.empty());

        view.beforeEnter(arrivalAt("APP-0000-000000"));

        assertThat(Find.byId(view, "audit-unknown", Paragraph.class).getText())
                .isEqualTo("There is no case numbered APP-0000-000000.");
        assertThat(view.getPageTitle()).isEqualTo("Audit");
    }

    private void open() {
        when(cases.diagram(KEY)).thenReturn(Optional.of(WAITING));
        view.beforeEnter(arrivalAt(KEY));
    }

    private static BeforeEnterEvent arrivalAt(String key) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("key", key));
        return event;
    }
}
