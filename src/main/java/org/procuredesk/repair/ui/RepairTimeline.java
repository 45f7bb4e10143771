package org.procuredesk.repair.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
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
        addColumn(RepairEventView::actorName).setHeader(getTranslation("repair.who")).setAutoWidth(true);
        addComponentColumn(event -> new Span(getTranslation(event.kind().messageKey(), event.detail())))
                .setKey("what").setHeader(getTranslation("repair.what")).setFlexGrow(3);
        setItems(events);
    }
}
