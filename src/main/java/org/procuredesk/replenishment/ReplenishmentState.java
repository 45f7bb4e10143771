package org.procuredesk.replenishment;

/** Where a replenishment order stands; the last three end it. */
public enum ReplenishmentState {

    /** Its quantity and value are being worked out. */
    NEW,
    /** Its value is over the limit: the IT head approves it or not. */
    AWAITING_APPROVAL,
    /** Waits for the weekly (urgent) or monthly budget. */
    WAITING_FOR_BUDGET,
    /** In the budget: IT support orders it from the supplier. */
    TO_ORDER,
    /** Ordered: the warehouse receives it. */
    ORDERED,
    RECEIVED,
    REJECTED,
    NOT_IN_BUDGET;

    public boolean isOpen() {
        return this != RECEIVED && this != REJECTED && this != NOT_IN_BUDGET;
    }

    public String messageKey() {
        return "replenishment.state." + name();
    }
}
