package org.procuredesk.notification;

import java.time.Instant;

/**
 * A notification as its recipient reads it.
 *
 * @param text already written in the reader's language
 * @param link the UI route it leads to, e.g. {@code applications/12}; none when it leads nowhere
 */
public record NotificationView(long id, NotificationKind kind, String text, String link, Instant createdAt,
                               boolean read) {
}
