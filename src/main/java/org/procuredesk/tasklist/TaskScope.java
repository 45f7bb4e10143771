package org.procuredesk.tasklist;

/** Which of a person's task lists: their own, their roles' unclaimed ones, or their team's. */
public enum TaskScope {
    /** Assigned to me, or to someone I stand in for today ("acting for"). */
    MINE,
    /** Offered to one of my roles, or to me by name, and claimed by nobody yet. */
    GROUPS,
    /** Assigned to the people of the departments I head. */
    TEAM
}
