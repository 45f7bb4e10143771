package org.procuredesk.purchasing.ui;

import org.procuredesk.purchasing.HandoverView;
import org.procuredesk.system.Formats;

/** A handover, read only: under which movement document, by whom, when, and whether its receipt is confirmed. */
class HandoverFacts extends Facts {

    HandoverFacts(HandoverView handover, Formats formats) {
        super("handover-facts");
        fact("handover-movementNumber", "purchase.handover.movementNumber", handover.movementNumber());
        fact("handover-by", "purchase.handover.by", handover.handedOverByName());
        fact("handover-at", "purchase.handover.at", formats.dateTime(handover.handedOverAt(), getLocale()));
        if (handover.note() != null) {
            fact("handover-note-shown", "purchase.handover.noteShown", handover.note());
        }
        fact("handover-confirmed", "purchase.handover.confirmed", handover.confirmedAt() == null
                ? getTranslation("purchase.handover.notConfirmed")
                : getTranslation(handover.confirmedAutomatically() ? "purchase.handover.confirmedAutomatically"
                        : "purchase.handover.confirmedAt", formats.dateTime(handover.confirmedAt(), getLocale())));
    }
}
