package org.procuredesk.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import org.procuredesk.audit.AuditViews.ElementExecution;
import org.procuredesk.system.Formats;

/** Every execution of one element of a case: when, who (and for whom), how long, what they decided and said. */
class ExecutionsGrid extends Grid<ElementExecution> {

    ExecutionsGrid(Formats formats) {
        setId("audit-executions");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(execution -> dateTime(formats, execution.started())).setKey("started")
                .setHeader(getTranslation("audit.started")).setAutoWidth(true);
        addColumn(execution -> dateTime(formats, execution.ended())).setKey("ended")
                .setHeader(getTranslation("audit.ended")).setAutoWidth(true);
        addColumn(execution -> Durations.of(this, execution.durationMillis())).setKey("duration")
                .setHeader(getTranslation("audit.duration")).setAutoWidth(true);
        addColumn(execution -> People.who(this, execution.who(), execution.whoName())).setKey("who")
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        addColumn(execution -> execution.actingFor() == null ? ""
                : People.who(this, execution.actingFor(), execution.actingForName())).setKey("actingFor")
                .setHeader(getTranslation("audit.actingFor")).setAutoWidth(true);
        addColumn(ElementExecution::decision).setKey("decision").setHeader(getTranslation("audit.decision"))
                .setAutoWidth(true);
        addColumn(ElementExecution::comment).setKey("comment").setHeader(getTranslation("audit.comment"))
                .setFlexGrow(1);
    }

    private String dateTime(Formats formats, Instant instant) {
        return instant == null ? getTranslation("audit.running") : formats.dateTime(instant, getLocale());
    }
}
