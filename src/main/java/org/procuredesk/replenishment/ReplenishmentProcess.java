package org.procuredesk.replenishment;

import org.procuredesk.budget.ProcessBudgetSource;

/** The names the stock replenishment models ({@code bpmn/stock-replenishment.bpmn}, its check) and the code share. */
public final class ReplenishmentProcess {

    public static final String KEY = "stockReplenishment";
    public static final String CHECK_KEY = "replenishmentCheck";
    /** The document series of replenishment numbers, the business key of their processes. */
    public static final String SERIES = "REP";
    /** Who asked for a replenishment the daily check started. */
    public static final String SYSTEM = "system";

    public static final String STOCK_RAN_LOW = "stockRanLow";
    public static final String COMPUTE_ORDER = "computeOrder";
    public static final String DECIDE_APPROVAL = "decideReplenishmentApproval";
    public static final String APPROVE = "approveReplenishment";
    public static final String REPLENISHMENT_REJECTED = "replenishmentRejected";
    public static final String WAIT_FOR_BUDGET = "waitForReplenishmentBudgetGateway";
    public static final String BUDGET_APPROVED = "replenishmentBudgetApproved";
    public static final String BUDGET_EXCLUDED = "replenishmentBudgetExcluded";
    public static final String NOT_IN_BUDGET = "replenishmentNotInBudget";
    public static final String ORDER = "orderReplenishment";
    public static final String RECEIVE = "receiveReplenishment";
    public static final String DELIVERY_LATE = "replenishmentDeliveryLate";
    public static final String REMIND_LATE_DELIVERY = "remindLateReplenishment";
    public static final String REPLENISHED = "stockReplenished";
    public static final String EVERY_DAY = "everyDay";
    public static final String CHECKED = "stockChecked";

    /** The replenishment's id in ProcureDesk's tables; the process holds ids, the tables hold the data. */
    public static final String VAR_REPLENISHMENT_ID = "replenishmentId";
    /** Whether the IT head must approve: the decision table's answer. */
    public static final String VAR_APPROVAL_NEEDED = "approvalNeeded";
    /** The IT head's verdict. */
    public static final String VAR_APPROVED = "approved";

    /** The budget that includes the replenishment is approved. By business key; the application's message too. */
    public static final String MESSAGE_BUDGET_APPROVED = ProcessBudgetSource.APPROVED;
    /** The budget the replenishment waited for left it out. By business key; the application's message too. */
    public static final String MESSAGE_BUDGET_EXCLUDED = ProcessBudgetSource.EXCLUDED;

    public static final String DECISION_KEY = "replenishmentApproval";

    private ReplenishmentProcess() {
    }
}
