package org.procuredesk.inventory.count;

/** Where a count stands: being counted, its differences awaiting the IT head, approved, or closed with none. */
public enum CountState {
    COUNTING, AWAITING_APPROVAL, APPROVED, NO_DIFFERENCES;

    public String messageKey() {
        return "countState." + name();
    }
}
