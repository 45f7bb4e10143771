package org.procuredesk.budget;

import org.procuredesk.request.Urgency;

/** The two budgets of the IT department: the weekly one for urgent purchases, the monthly one for planned ones. */
public enum BudgetKind {

    /** Next week's urgent purchases, due every Wednesday (1.5.7). */
    WEEKLY(Urgency.URGENT),

    /** Next month's planned purchases, due by the 25th (1.5.6). */
    MONTHLY(Urgency.PLANNED);

    private final Urgency urgency;

    BudgetKind(Urgency urgency) {
        this.urgency = urgency;
    }

    /** The urgency of the applications this budget pays for. */
    public Urgency urgency() {
        return urgency;
    }

    public String messageKey() {
        return "budget.kind." + name();
    }
}
