package org.procuredesk.audit.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.Comparator;
import java.util.List;
import org.procuredesk.audit.AuditViews.HeatElement;

/** The ten steps instances stayed at longest, by the 95th percentile of their finished stays. */
class SlowestStepsGrid extends Grid<HeatElement> {

    static final int SHOWN = 10;

    SlowestStepsGrid() {
        setId("audit-slowest");
        setAllRowsVisible(true);
        addColumn(element -> element.elementName() == null ? element.elementId() : element.elementName())
                .setKey("step").setHeader(getTranslation("audit.step")).setFlexGrow(1);
        addColumn(HeatElement::passed).setKey("passed").setHeader(getTranslation("audit.passed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(element -> Durations.of(this, element.averageMillis())).setKey("average")
                .setHeader(getTranslation("audit.average")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(element -> Durations.of(this, element.p95Millis())).setKey("p95")
                .setHeader(getTranslation("audit.p95")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    void show(List<HeatElement> elements) {
        setItems(elements.stream().filter(element -> element.p95Millis() != null)
                .sorted(Comparator.comparing(HeatElement::p95Millis).reversed()).limit(SHOWN).toList());
    }
}
