package org.procuredesk.tasklist;

/** Tasks by when they are due, in the company time zone. */
public enum DueWindow {
    /** Past their due moment. */
    OVERDUE,
    /** Due some time today. */
    TODAY,
    /** Due from today to the end of this week (Sunday). */
    THIS_WEEK
}
