package org.procuredesk.inventory.count;

/** What the approval made of a difference: written off, moved to the counted place, listed to register, or left out. */
public enum Resolution {
    WRITTEN_OFF, MOVED, TO_REGISTER, EXCLUDED;

    public String messageKey() {
        return "countResolution." + name();
    }
}
