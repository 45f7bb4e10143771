package org.procuredesk.repair;

/** What the IT head chooses for a faulty asset the warranty does not cover. */
public enum OutOfWarrantyDecision {
    /** IT support repairs it. */
    REPAIR_IN_HOUSE,
    /** A repair shop repairs it for a price, paid through an Application to IT. */
    PAID_REPAIR,
    /** It is written off and an Application to IT asks for a replacement. */
    WRITE_OFF;

    public String messageKey() {
        return "outOfWarrantyDecision." + name();
    }
}
