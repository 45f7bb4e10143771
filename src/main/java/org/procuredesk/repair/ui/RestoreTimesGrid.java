package org.procuredesk.repair.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;
import org.procuredesk.repair.RepairSla;
import org.procuredesk.system.Formats;

/** The restore times of a grouping (category, supplier): one row per group. */
class RestoreTimesGrid<G> extends Grid<RepairSla.RestoreTimes<G>> {

    RestoreTimesGrid(String id, String groupHeaderKey, Function<G, String> groupLabel, Formats formats) {
        setId(id);
        setAllRowsVisible(true);
        addColumn(times -> groupLabel.apply(times.group())).setHeader(getTranslation(groupHeaderKey))
                .setKey("group").setFlexGrow(1);
        addColumn(RepairSla.RestoreTimes::restored).setHeader(getTranslation("repairSla.restored"))
                .setKey("restored").setTextAlign(ColumnTextAlign.END);
        addColumn(times -> formats.decimal(times.averageHours(), getLocale()))
                .setHeader(getTranslation("repairSla.averageHours")).setKey("hours").setTextAlign(ColumnTextAlign.END);
        addColumn(times -> formats.decimal(times.averageDays(), getLocale()))
                .setHeader(getTranslation("repairSla.averageDays")).setKey("days").setTextAlign(ColumnTextAlign.END);
        addColumn(times -> formats.percent(times.shareWithinSla(), getLocale()))
                .setHeader(getTranslation("repairSla.withinSla")).setKey("withinSla")
                .setTextAlign(ColumnTextAlign.END);
    }
}
