package org.procuredesk.repair;

/** What happened to a repair case; each reads as its message with the event's detail. */
public enum RepairEventKind {
    REPORTED, UNDER_WARRANTY, OUT_OF_WARRANTY, NO_WARRANTY, DISPATCHED, TAKEN_IN, LOANER_ISSUED, NO_SPARE, REMINDED, SLA_BREACHED,
    VENDOR_REPAIRED, VENDOR_REPLACED, VENDOR_REFUSED, DECIDED, REPAIRED_IN_HOUSE, APPLICATION_FILED,
    PAID_REPAIR_DONE, NOT_REPAIRED, WRITTEN_OFF, GIVEN_BACK, LOANER_RETURNED, CLOSED;

    /** Whether the detail is a day (ISO), to be written the reader's way. */
    public boolean isDated() {
        return this == UNDER_WARRANTY || this == OUT_OF_WARRANTY;
    }

    public String messageKey() {
        return "repairEvent." + name();
    }
}
