package org.procuredesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something one person is told: a message bundle key and its stored arguments, so it is written in the
 * reader's language when shown, and where in the UI it leads. Unread until its recipient reads it.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_username", nullable = false, updatable = false, length = 64)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", updatable = false, length = 2000)
    private String messageArgs;

    @Column(updatable = false, length = 200)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, NotificationKind kind, String link, String messageKey, String messageArgs,
                 Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.link = link;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getMessageArgs() {
        return messageArgs;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isRead() {
        return readAt != null;
    }
}
