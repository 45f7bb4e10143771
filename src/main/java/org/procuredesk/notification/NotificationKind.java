package org.procuredesk.notification;

/** What a notification is about; its text says the rest. */
public enum NotificationKind {
    NEW_TASK,
    REMINDER,
    ESCALATION,
    APPLICATION_DECIDED,
    APPLICATION_CANCELLED,
    LATE_DELIVERY,
    LICENCE_EXPIRY
}
