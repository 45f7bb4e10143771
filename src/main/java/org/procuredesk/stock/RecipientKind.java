package org.procuredesk.stock;

/** Who an issue gives consumables to; the reference is a user name, a department id or a device's inventory number. */
public enum RecipientKind {
    EMPLOYEE,
    DEPARTMENT,
    DEVICE
}
