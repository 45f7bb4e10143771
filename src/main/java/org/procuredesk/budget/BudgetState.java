package org.procuredesk.budget;

/** Where a budget stands in its cycle. Overdue is not a state: a draft past its deadline is still a draft. */
public enum BudgetState {
    /** IT support prepares it; also after the IT head returned it. */
    DRAFT,
    /** Waiting for the IT head's review. */
    SUBMITTED,
    /** Approved: its included applications go on to be ordered. */
    APPROVED;

    public String messageKey() {
        return "budget.state." + name();
    }
}
