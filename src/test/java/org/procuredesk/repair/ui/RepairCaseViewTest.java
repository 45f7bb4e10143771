package org.procuredesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.repair.RepairCases;
import org.procuredesk.repair.RepairDocuments;
import org.procuredesk.repair.RepairEventKind;
import org.procuredesk.repair.RepairEventView;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** A case's page, the service a stand-in: its facts and its timeline, or that there is no such case. */
class RepairCaseViewTest {

    static final RepairEventView REPORTED = new RepairEventView(Cases.REPORTED, "ana.requester", "Ana Popescu",
            RepairEventKind.REPORTED, "The screen flickers");
    static final RepairEventView COVERED = new RepairEventView(Cases.REPORTED.plusSeconds(1), "system", null,
            RepairEventKind.UNDER_WARRANTY, "2027-01-31");

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final RepairCases cases = mock(RepairCases.class);
    private final RepairCaseView view = new RepairCaseView(cases, mock(RepairDocuments.class),
            RealTexts.FORMATS, mock(AuthenticationContext.class));

    @Test
    @SuppressWarnings("unchecked")
    void showsTheCaseAndWhatHappenedToItInWords() {
        when(cases.get(1)).thenReturn(Cases.laptop(1));
        when(cases.timeline(1)).thenReturn(List.of(REPORTED, COVERED));

        view.beforeEnter(arrivalAt("1"));

        assertThat(view.getPageTitle()).isEqualTo("Repair case RPR-2026-000001");
        assertThat(Find.byId(view, "repair-symptoms", Span.class).getText()).isEqualTo("The screen flickers");
        Grid<RepairEventView> timeline = Find.byId(view, "repair-timeline", Grid.class);
        assertThat(timeline.getDataProvider().fetch(new Query<>()).toList()).containsExactly(REPORTED, COVERED);
        ComponentRenderer<Span, RepairEventView> what = (ComponentRenderer<Span, RepairEventView>) timeline
                .getColumnByKey("what").getRenderer();
        assertThat(what.createComponent(REPORTED).getText()).isEqualTo("Fault reported: The screen flickers");
        assertThat(what.createComponent(COVERED).getText()).isEqualTo("Under warranty (until "
                + RealTexts.FORMATS.date(LocalDate.of(2027, 1, 31), Locale.ENGLISH) + ")");
        ComponentRenderer<Span, RepairEventView> who = (ComponentRenderer<Span, RepairEventView>) timeline
                .getColumnByKey("who").getRenderer();
        assertThat(who.createComponent(REPORTED).getText()).isEqualTo("Ana Popescu");
        assertThat(who.createComponent(COVERED).getText()).isEqualTo("ProcureDesk (automatic)");
    }

    @Test
    void linksTheDispatchNoteAndTheApplicationOnceThereAreAny() {
        when(cases.get(1)).thenReturn(Cases.laptop(1));
        assertThatThrownBy(() -> openAndFind("repair-dispatch-note")).isInstanceOf(AssertionError.class);

        when(cases.get(1)).thenReturn(Cases.dispatched(1));

        Anchor dispatchNote = openAndFind("repair-dispatch-note");
        assertThat(dispatchNote.getText()).isEqualTo(Cases.dispatched(1).dispatchNumber());
        assertThat(dispatchNote.getElement().hasAttribute("download")).isTrue();
        assertThat(Find.byId(view, "repair-application", Anchor.class).getHref()).isEqualTo("applications/40");
    }

    @Test
    void aCaseTheReaderMayNotSeeDoesNotExist() {
        when(cases.get(99)).thenThrow(new DomainException("repair.notFound", "99"));

        view.beforeEnter(arrivalAt("99"));

        assertThat(Find.byId(view, "repair-refused", Paragraph.class).getText())
                .isEqualTo("There is no repair case 99.");
    }

    private Anchor openAndFind(String id) {
        view.beforeEnter(arrivalAt("1"));
        return Find.byId(view, id, Anchor.class);
    }

    private static BeforeEnterEvent arrivalAt(String id) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("id", id));
        return event;
    }
}
