package org.procuredesk.repair;

/** How badly the fault hurts whoever uses the asset, as the reporter sees it. */
public enum RepairUrgency {
    LOW, NORMAL, HIGH;

    public String messageKey() {
        return "repairUrgency." + name();
    }
}
