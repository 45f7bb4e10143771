package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.procuredesk.notification.Links;
import org.procuredesk.repair.RepairDocuments;
import org.procuredesk.repair.RepairView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.PageLink;
import org.procuredesk.system.ui.PdfLink;

/**
 * A repair case, read only: the asset and its fault, the warranty and the agreed time, where the asset went and what
 * came of it. Facts not known yet are left out; each value has its id {@code repair-<fact>}.
 */
class RepairFacts extends FormLayout {

    private final Formats formats;

    RepairFacts(RepairView repair, RepairDocuments documents, Formats formats) {
        this.formats = formats;
        setId("repair-facts");
        fact("repair.number", "number", repair.number());
        fact("repair.inventoryNumber", "asset", repair.inventoryNumber());
        fact("repair.category", "category", getTranslation(repair.category().messageKey()));
        fact("repair.holder", "holder", repair.holderName());
        fact("repair.symptoms", "symptoms", repair.symptoms());
        fact("repair.urgency", "urgency", getTranslation(repair.urgency().messageKey()));
        fact("repair.state", "state", getTranslation(repair.state().messageKey()));
        fact("repair.reportedBy", "reported-by", repair.reportedByName());
        fact("repair.reportedAt", "reported-at", dateTime(repair.reportedAt()));
        fact("repair.warranty", "warranty", warranty(repair));
        fact("repair.slaDue", "sla-due", dateTime(repair.slaDueAt()));
        fact("repair.breached", "breached", getTranslation(repair.breached() ? "value.yes" : "value.no"));
        fact("repair.serviceCentre", "service-centre", repair.serviceCentre());
        fact("repair.rmaNumber", "rma", repair.rmaNumber());
        if (repair.dispatchNumber() != null) {
            fact("repair.dispatchNote", "dispatch-note", PdfLink.of("repair-dispatch-note",
                    repair.dispatchNumber(), repair.dispatchNumber(),
                    locale -> documents.dispatchNotePdf(repair.id(), locale)));
        }
        fact("repair.loaner", "loaner", repair.loanerInventoryNumber());
        if (repair.applicationId() != null) {
            fact("repair.application", "application", PageLink.to("repair-application",
                    Links.application(repair.applicationId()), repair.applicationNumber()));
        }
        fact("repair.outcome", "outcome", repair.outcome() == null ? null
                : getTranslation(repair.outcome().messageKey()));
        fact("repair.note", "note", repair.outcomeNote());
        fact("repair.replacementSerialNumber", "replacement-serial", repair.replacementSerialNumber());
        fact("repair.decision", "decision", repair.outOfWarrantyDecision() == null ? null
                : getTranslation(repair.outOfWarrantyDecision().messageKey()));
        fact("repair.estimatedCost", "estimated-cost", repair.estimatedCost() == null ? null
                : formats.money(repair.estimatedCost(), getLocale()));
        if (repair.writeOffNumber() != null) {
            fact("repair.writeOff", "write-off", PdfLink.of("repair-write-off", repair.writeOffNumber(),
                    repair.writeOffNumber(), locale -> documents.writeOffPdf(repair.id(), locale)));
        }
        fact("repair.closedAt", "closed-at", dateTime(repair.closedAt()));
    }

    private String warranty(RepairView repair) {
        if (repair.underWarranty() == null) {
            return getTranslation("repair.warrantyUnchecked");
        }
        if (repair.warrantyUntil() == null) {
            return getTranslation("repair.noWarranty");
        }
        return getTranslation(repair.underWarranty() ? "repair.warrantyCovers" : "repair.warrantyEnded",
                formats.date(repair.warrantyUntil(), getLocale()));
    }

    private String dateTime(Instant instant) {
        return instant == null ? null : formats.dateTime(instant, getLocale());
    }

    private void fact(String labelKey, String id, String value) {
        if (value != null) {
            fact(labelKey, id, new Span(value));
        }
    }

    private void fact(String labelKey, String id, Component value) {
        value.setId("repair-" + id);
        addFormItem(value, getTranslation(labelKey));
    }
}
