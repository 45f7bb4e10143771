package org.procuredesk.inventory.count.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.procuredesk.inventory.count.CountSummary;
import org.procuredesk.system.Formats;

/** A count's summary, read only: where, its state, who ordered, recorded and approved it when, and its adjustment. */
class CountFacts extends FormLayout {

    private final Formats formats;

    CountFacts(CountSummary count, Formats formats) {
        this.formats = formats;
        setId("count-facts");
        fact("inventoryCount.location", "count-location", count.locationName());
        fact("inventoryCount.state", "count-state", getTranslation(count.state().messageKey()));
        fact("inventoryCount.ordered", "count-ordered", atBy(count.orderedAt(), count.orderedByName()));
        fact("inventoryCount.recorded", "count-recorded", atBy(count.recordedAt(), count.recordedByName()));
        fact("inventoryCount.approved", "count-approved", atBy(count.approvedAt(), count.approvedByName()));
        fact("inventoryCount.comment", "count-comment", count.approvalComment());
        fact("inventoryCount.adjustment", "count-adjustment", count.adjustmentNumber());
    }

    private void fact(String labelKey, String id, String value) {
        Span text = new Span(value == null ? "" : value);
        text.setId(id);
        addFormItem(text, getTranslation(labelKey));
    }

    private String atBy(Instant at, String by) {
        return at == null ? null : getTranslation("inventoryCount.atBy", formats.dateTime(at, getLocale()), by);
    }
}
