package org.procuredesk.repair.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.repair.RepairEventView;
import org.procuredesk.system.Formats;

/** What happened to a repair case, oldest first: when, who, and what, with the facts it named. */
class RepairTimeline extends Grid<RepairEventView> {

    RepairTimeline(List<RepairEventView> events, Formats formats) {
        setId("repair-timeline");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(event -> formats.dateTime(event.happenedAt(), getLocale())).setHeader(getTranslation("repair.when"))
                .setAutoWidth(true);
        addComponentColumn(event -> new Span(event.actorName() == null ? getTranslation("repair.byProcureDesk")
                : event.actorName())).setKey("who").setHeader(getTranslation("repair.who")).setAutoWidth(true);
        addComponentColumn(event -> new Span(getTranslation(event.kind().messageKey(), detail(event, formats))))
                .setKey("what").setHeader(getTranslation("repair.what")).setFlexGrow(3);
        setItems(events);
    }

    private String detail(RepairEventView event, Formats formats) {
        return event.kind().isDated() && !event.detail().isBlank()
                ? formats.date(LocalDate.parse(event.detail()), getLocale()) : event.detail();
    }
}
