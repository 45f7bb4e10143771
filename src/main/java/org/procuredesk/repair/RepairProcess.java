package org.procuredesk.repair;

/** The names the warranty repair model ({@code bpmn/warranty-repair.bpmn}) and the code share. */
public final class RepairProcess {

    public static final String KEY = "warrantyRepair";
    /** The document series of repair case numbers, the business key of their processes. */
    public static final String SERIES = "RPR";
    /** The series of dispatch notes that send an asset to the service centre. */
    public static final String DISPATCH_SERIES = "DSP";
    /** The series of write-off acts of assets not worth repairing. */
    public static final String WRITE_OFF_SERIES = "WOF";

    public static final String FAULT_REPORTED = "faultReported";
    public static final String CHECK_WARRANTY = "checkWarranty";
    public static final String PREPARE_DISPATCH = "prepareDispatch";
    public static final String LOOK_FOR_SPARE = "lookForSpare";
    public static final String ISSUE_LOANER = "issueLoaner";
    public static final String AWAIT_SERVICE_CENTRE = "awaitServiceCentre";
    public static final String SERVICE_REMINDER_DUE = "serviceReminderDue";
    public static final String REMIND_SERVICE_CENTRE = "remindServiceCentre";
    public static final String SLA_BREACHED = "slaBreached";
    public static final String ESCALATE_SLA_BREACH = "escalateSlaBreach";
    public static final String DECIDE_OUT_OF_WARRANTY = "decideOutOfWarranty";
    public static final String REPAIR_IN_HOUSE = "repairInHouse";
    public static final String FILE_REPAIR_APPLICATION = "fileRepairApplication";
    public static final String COMPLETE_PAID_REPAIR = "completePaidRepair";
    public static final String WRITE_OFF_AND_REPLACE = "writeOffAndReplace";
    public static final String RETURN_EQUIPMENT = "returnEquipment";
    public static final String EQUIPMENT_GIVEN_BACK = "equipmentGivenBack";
    public static final String NOTHING_TO_GIVE_BACK = "nothingToGiveBack";

    /** The repair case's id in ProcureDesk's tables; the process holds ids, the tables hold the data. */
    public static final String VAR_REPAIR_ID = "repairId";
    /** Whether the fault is covered by the asset's warranty on the day it was reported. */
    public static final String VAR_UNDER_WARRANTY = "underWarranty";
    /** Whether the branch's warehouse has a spare of the asset's category to lend its holder. */
    public static final String VAR_SPARE_IN_STOCK = "spareInStock";
    /** What the service centre did: a {@link VendorOutcome} name. */
    public static final String VAR_SERVICE_OUTCOME = "serviceOutcome";
    /** What the IT head chose for an asset out of warranty: an {@link OutOfWarrantyDecision} name. */
    public static final String VAR_DECISION = "outOfWarrantyDecision";
    /** Whether the paid repair restored the asset. */
    public static final String VAR_REPAIRED = "repaired";

    private RepairProcess() {
    }
}
