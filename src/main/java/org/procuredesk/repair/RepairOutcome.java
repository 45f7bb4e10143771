package org.procuredesk.repair;

/** How a repair case ended for the asset. */
public enum RepairOutcome {
    REPAIRED_BY_VENDOR, REPLACED_BY_VENDOR, REPAIRED_IN_HOUSE, REPAIRED_PAID, WRITTEN_OFF;

    /** Whether the asset works again: every outcome but a write-off. */
    public boolean restoresOperability() {
        return this != WRITTEN_OFF;
    }

    public String messageKey() {
        return "repairOutcome." + name();
    }
}
