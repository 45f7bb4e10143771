package org.procuredesk.notification;

/**
 * Someone was told something, published in the transaction that told them: listeners that reach outside
 * ProcureDesk (e-mail, the live bell) act once it has committed, so a rolled-back step tells nobody.
 */
public record NotificationCreated(long notificationId, String recipient, NotificationKind kind) {
}
