package org.procuredesk.request.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.procuredesk.request.TimelineEntry;
import org.procuredesk.system.Formats;

/** An application's history from its process: each step, who held it, when it began and ended, what was said. */
class TimelineGrid extends Grid<TimelineEntry> {

    TimelineGrid(List<TimelineEntry> entries, Formats formats) {
        setId("application-timeline");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(entry -> Steps.name(this, entry.step())).setHeader(getTranslation("timeline.step"));
        addColumn(entry -> entry.who() == null ? "" : entry.who()).setHeader(getTranslation("timeline.who"));
        addColumn(entry -> formats.dateTime(entry.started(), getLocale())).setHeader(getTranslation("timeline.started"));
        addColumn(entry -> entry.ended() == null ? getTranslation("timeline.open")
                : formats.dateTime(entry.ended(), getLocale())).setHeader(getTranslation("timeline.ended"));
        addColumn(entry -> String.join(" · ", entry.comments())).setHeader(getTranslation("timeline.comments"))
                .setFlexGrow(3);
        setItems(entries);
    }
}
