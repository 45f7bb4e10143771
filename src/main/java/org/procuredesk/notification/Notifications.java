package org.procuredesk.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.data.domain.Limit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people things in the application: what the processes want them to know, as a message key
 * with its arguments, written in each reader's language when they read it. Anyone may be told; each
 * person reads and marks only their own.
 */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository notifications;
    private final MessageArguments arguments;
    private final PeopleDirectory peopleDirectory;
    private final Messages messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifications(NotificationRepository notifications, MessageArguments arguments, PeopleDirectory peopleDirectory,
                  Messages messages, Clock clock, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.arguments = arguments;
        this.peopleDirectory = peopleDirectory;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param link where in the UI it leads, e.g. {@code tasks/abc}; none when it leads nowhere
     * @param args texts, or dates ({@code LocalDate}, {@code Instant}, {@code Date}) written the reader's way
     */
    public void notifyPerson(String username, NotificationKind kind, String link, String messageKey, Object... args) {
        Notification saved = notifications.save(new Notification(username, kind, link, messageKey, arguments.store(args),
                clock.instant()));
        events.publishEvent(new NotificationCreated(saved.getId(), username, kind));
    }

    /** One notification for each active person holding the role. */
    public void notifyRole(String role, NotificationKind kind, String link, String messageKey, Object... args) {
        peopleDirectory.activeUsernamesWithRole(role)
                .forEach(username -> notifyPerson(username, kind, link, messageKey, args));
    }

    @PreAuthorize("#username == authentication.name")
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return notifications.countByRecipientAndReadAtIsNull(username);
    }

    /** The person's newest notifications first, read or not, written in {@code locale}. */
    @PreAuthorize("#username == authentication.name")
    @Transactional(readOnly = true)
    public List<NotificationView> latest(String username, int limit, Locale locale) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(username, Limit.of(limit)).stream()
                .map(notification -> new NotificationView(notification.getId(), notification.getKind(),
                        messages.get(notification.getMessageKey(), locale,
                                arguments.shown(notification.getMessageArgs(), locale)),
                        notification.getLink(), notification.getCreatedAt(), notification.isRead()))
                .toList();
    }

    /** Refused as not found when the notification is not the person's. */
    @PreAuthorize("#username == authentication.name")
    public void markRead(String username, long id) {
        notifications.findByIdAndRecipient(id, username)
                .orElseThrow(() -> new DomainException("notification.notFound", String.valueOf(id)))
                .markRead(clock.instant());
    }

    @PreAuthorize("#username == authentication.name")
    public void markAllRead(String username) {
        notifications.markAllRead(username, clock.instant());
    }
}
