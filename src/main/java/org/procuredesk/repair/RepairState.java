package org.procuredesk.repair;

/** Where a repair case stands. */
public enum RepairState {
    REPORTED, TO_DISPATCH, AT_SERVICE_CENTRE, AWAITING_DECISION, IN_HOUSE_REPAIR, PAID_REPAIR, TO_RETURN, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String messageKey() {
        return "repairState." + name();
    }
}
