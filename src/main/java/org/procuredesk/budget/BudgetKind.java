package org.procuredesk.budget;

/** The two budgets of the IT department: the weekly one for urgent purchases, the monthly one for planned ones. */
public enum BudgetKind {

    /** Next week's urgent purchases, due every Wednesday (1.5.7). */
    WEEKLY,

    /** Next month's planned purchases, due by the 25th (1.5.6). */
    MONTHLY;

    public String messageKey() {
        return "budget.kind." + name();
    }
}
