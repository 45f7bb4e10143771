package org.procuredesk.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.procuredesk.audit.AuditViews.TrailEntry;
import org.procuredesk.system.Formats;

/** A case's whole trail, oldest first: when, what kind of happening, what, who, and the detail recorded. */
class TrailGrid extends Grid<TrailEntry> {

    TrailGrid(List<TrailEntry> trail, Formats formats) {
        setId("audit-trail");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(entry -> formats.dateTime(entry.at(), getLocale())).setKey("at")
                .setHeader(getTranslation("audit.when")).setAutoWidth(true);
        addColumn(entry -> getTranslation(entry.kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("audit.kind")).setAutoWidth(true);
        addColumn(TrailEntry::what).setKey("what").setHeader(getTranslation("audit.what")).setAutoWidth(true);
        addColumn(entry -> People.who(this, entry.who(), entry.whoName())).setKey("who")
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        addColumn(TrailEntry::detail).setKey("detail").setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        setItems(trail);
    }
}
