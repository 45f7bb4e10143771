package org.procuredesk.repair.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.procuredesk.repair.RepairSla;
import org.procuredesk.system.Formats;

/**
 * The period's figures: cases reported, open now and breached, and how long restoring an asset took on average; no
 * average while no asset was restored.
 */
class SlaFigures extends HorizontalLayout {

    private final Formats formats;
    private final Span reported = figure("repair-sla-reported", "repairSla.reported");
    private final Span openNow = figure("repair-sla-open", "repairSla.openNow");
    private final Span breached = figure("repair-sla-breached", "repairSla.breached");
    private final Span averageRestore = figure("repair-sla-average", "repairSla.averageRestore");
    private final Span withinSla = figure("repair-sla-within", "repairSla.withinSla");

    SlaFigures(Formats formats) {
        this.formats = formats;
        setId("repair-sla-figures");
    }

    void show(RepairSla.Report report) {
        reported.setText(formats.number(report.reported(), getLocale()));
        openNow.setText(formats.number(report.openNow(), getLocale()));
        breached.setText(formats.number(report.breached(), getLocale()));
        RepairSla.RestoreTimes<String> overall = report.overall();
        if (overall.restored() == 0) {
            averageRestore.setText(getTranslation("repairSla.noneRestored"));
            withinSla.setText(getTranslation("repairSla.noneRestored"));
            return;
        }
        averageRestore.setText(getTranslation("repairSla.hoursAndDays",
                formats.decimal(overall.averageHours(), getLocale()),
                formats.decimal(overall.averageDays(), getLocale())));
        withinSla.setText(getTranslation("repairSla.share", formats.percent(overall.shareWithinSla(), getLocale()),
                overall.withinSla(), overall.restored()));
    }

    /** A labelled figure, added to the row; its value is the span returned. */
    private Span figure(String id, String labelKey) {
        Span value = new Span();
        value.setId(id);
        value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div box = new Div(new Div(getTranslation(labelKey)), value);
        box.getStyle().set("padding-right", "var(--lumo-space-l)");
        add(box);
        return value;
    }
}
