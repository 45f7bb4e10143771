package org.procuredesk.budget;

/** What becomes of a line (an application, a replenishment order) in a budget. */
public enum LineState {
    /** Paid for by the budget once it is approved. */
    INCLUDED,
    /** Moved by IT support to the next period's budget, with a reason. */
    MOVED,
    /** Left out by the IT head: it takes its exclusion path. */
    EXCLUDED;

    public String messageKey() {
        return "budget.line." + name();
    }
}
