package org.procuredesk.inventory.count;

/** The inventory count model's key, element ids and variables (bpmn/inventory-count.bpmn). */
public final class InventoryCountProcess {

    public static final String KEY = "inventoryCount";

    public static final String COUNT_ORDERED = "countOrdered";
    public static final String RECORD_COUNT = "recordCount";
    public static final String LIST_DIFFERENCES = "listDifferences";
    public static final String APPROVE_ADJUSTMENTS = "approveAdjustments";
    public static final String CLOSED_WITHOUT_DIFFERENCES = "countClosedWithoutDifferences";
    public static final String ADJUSTMENTS_DOCUMENTED = "adjustmentsDocumented";

    /** The count's id in ProcureDesk's tables. */
    public static final String VAR_COUNT_ID = "countId";
    /** The IT head's decision on the adjustments: APPROVED or RECOUNT. */
    public static final String VAR_DECISION = "decision";

    private InventoryCountProcess() {
    }

    /** What the IT head's decision sends the count on to. */
    public enum Decision {
        APPROVED, RECOUNT
    }
}
