package org.procuredesk.budget;

/** The IT head's answer to a submitted budget. */
public enum ReviewDecision {
    /** Every included application is bought. */
    APPROVE,
    /** Bought but for the applications the IT head leaves out; each of those takes its exclusion path. */
    APPROVE_WITH_EXCLUSIONS,
    /** Back to IT support, with a comment saying what to change. */
    RETURN
}
