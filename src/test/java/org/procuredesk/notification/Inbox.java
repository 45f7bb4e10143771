package org.procuredesk.notification;

import java.util.List;
import java.util.Locale;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Messages;

/** A person's notifications as they read them, for tests: signed in as them. */
public final class Inbox {

    private final Notifications notifications;
    private final PeopleDirectory people;

    public Inbox(Notifications notifications, PeopleDirectory people) {
        this.notifications = notifications;
        this.people = people;
    }

    public List<NotificationView> of(String username, Locale locale) {
        return SignedIn.as(people, username, () -> notifications.latest(username, 50, locale));
    }

    /** What the person was told, in English, that leads to {@code link}; newest first. */
    public List<NotificationView> leadingTo(String username, String link) {
        return of(username, Messages.ENGLISH).stream().filter(notification -> link.equals(notification.link())).toList();
    }

    public long unread(String username) {
        return SignedIn.as(people, username, () -> notifications.unreadCount(username));
    }

    public void markAllRead(String username) {
        SignedIn.as(people, username, () -> notifications.markAllRead(username));
    }
}
