package org.procuredesk.inventory;

/** Who may hold an asset. */
public enum HolderKind {
    EMPLOYEE, WAREHOUSE, BRANCH
}
