package org.procuredesk.budget;

/** The budget models' keys, element ids and variables (bpmn/budget.bpmn, bpmn/budget-opening.bpmn). */
public final class BudgetProcess {

    public static final String KEY = "budget";
    public static final String OPENING_KEY = "budgetOpening";

    public static final String BUDGET_OPENED = "budgetOpened";
    public static final String PREPARE_BUDGET = "prepareBudget";
    public static final String DEADLINE_APPROACHING = "deadlineApproaching";
    public static final String REMIND_PREPARERS = "remindPreparers";
    public static final String DEADLINE_PASSED = "deadlinePassed";
    public static final String MARK_BUDGET_OVERDUE = "markBudgetOverdue";
    public static final String REVIEW_BUDGET = "reviewBudget";
    public static final String RELEASE_GROUPS = "releaseGroups";
    public static final String RELEASE_APPLICATION = "releaseApplication";
    public static final String GROUP_TOLD = "groupTold";
    public static final String BUDGET_CLOSED = "budgetClosed";
    public static final String EVERY_HOUR = "everyHour";
    public static final String OPEN_DUE_BUDGETS = "openDueBudgets";

    /** The budget's id in ProcureDesk's tables. */
    public static final String VAR_BUDGET_ID = "budgetId";
    /** The IT head's review: APPROVED or RETURNED. */
    public static final String VAR_REVIEW = "review";
    /** The first budget line of the group one release job tells their sources about. */
    public static final String VAR_FIRST_BUDGET_LINE_ID = "firstBudgetLineId";

    private BudgetProcess() {
    }

    /** What the IT head's review sends the budget on to. */
    public enum Review {
        APPROVED, RETURNED
    }
}
