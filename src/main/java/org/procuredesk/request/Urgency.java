package org.procuredesk.request;

/** How soon the equipment is needed, which decides the budget that pays for it. */
public enum Urgency {
    /** Bought from the weekly budget, due every Wednesday. */
    URGENT,
    /** Bought from the monthly budget, due by the 25th. */
    PLANNED;

    public String messageKey() {
        return "urgency." + name();
    }
}
