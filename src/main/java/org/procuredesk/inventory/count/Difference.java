package org.procuredesk.inventory.count;

/** What a count line found wrong: an expected asset not found, an item unknown to the register, one held elsewhere. */
public enum Difference {
    MISSING, SURPLUS, WRONG_HOLDER;

    public String messageKey() {
        return "countDifference." + name();
    }
}
