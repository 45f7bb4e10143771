package org.procuredesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.procuredesk.SignedIn.as;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Telling people things: to a person or to a role, written in the reader's language, each reading only their own. */
@ProcureDeskIntegrationTest
class NotificationsTest {

    static final String REQUESTER = "ana.requester";

    @Autowired
    Notifications notifications;
    @Autowired
    PeopleDirectory people;

    Inbox inbox;
    String link;

    @BeforeEach
    void openInbox() {
        inbox = new Inbox(notifications, people);
        link = "tasks/" + UUID.randomUUID();
    }

    @Test
    void personReadsWhatTheyWereToldInTheirLanguageWithTheDateWrittenTheirWay() {
        notifications.notifyPerson(REQUESTER, NotificationKind.APPLICATION_CANCELLED, link,
                "notice.applicationCancelled", "APP-2026-000001", LocalDate.of(2026, 3, 2));

        NotificationView english = inbox.leadingTo(REQUESTER, link).get(0);
        assertThat(english.text()).isEqualTo("Application APP-2026-000001 was cancelled: it was returned for "
                + "correction on Mar 2, 2026 and not corrected within 10 working days.");
        assertThat(english.kind()).isEqualTo(NotificationKind.APPLICATION_CANCELLED);
        assertThat(english.read()).isFalse();
        assertThat(english.createdAt()).isNotNull();
        assertThat(inbox.of(REQUESTER, Messages.ROMANIAN)).filteredOn(notification -> link.equals(notification.link()))
                .singleElement().extracting(NotificationView::text).isEqualTo("Aplicația APP-2026-000001 a fost anulată: "
                        + "a fost returnată pentru corectare pe 2 mar. 2026 și nu a fost corectată în 10 zile lucrătoare.");
    }

    @Test
    void everyActivePersonHoldingTheRoleIsToldOnce() {
        notifications.notifyRole("IT_SUPPORT", NotificationKind.NEW_TASK, link, "notice.approvalDueToday", "APP-2026-000002");

        assertThat(people.activeUsernamesWithRole("IT_SUPPORT")).isNotEmpty().allSatisfy(username ->
                assertThat(inbox.leadingTo(username, link)).singleElement()
                        .extracting(NotificationView::text).isEqualTo("Reminder: the approval of APP-2026-000002 is due today."));
        assertThat(inbox.leadingTo(REQUESTER, link)).isEmpty();
    }

    @Test
    void unreadCountFallsAsNotificationsAreRead() {
        inbox.markAllRead(REQUESTER);
        notifications.notifyPerson(REQUESTER, NotificationKind.REMINDER, link, "notice.approvalDueToday", "APP-1");
        notifications.notifyPerson(REQUESTER, NotificationKind.REMINDER, link, "notice.approvalDueToday", "APP-2");
        assertThat(inbox.unread(REQUESTER)).isEqualTo(2);

        long newest = inbox.leadingTo(REQUESTER, link).get(0).id();
        as(people, REQUESTER, () -> notifications.markRead(REQUESTER, newest));

        assertThat(inbox.unread(REQUESTER)).isEqualTo(1);
        assertThat(inbox.leadingTo(REQUESTER, link)).extracting(NotificationView::text, NotificationView::read)
                .containsExactly(tuple("Reminder: the approval of APP-2 is due today.", true),
                        tuple("Reminder: the approval of APP-1 is due today.", false));
    }

    @Test
    void markAllReadLeavesNothingUnread() {
        notifications.notifyPerson(REQUESTER, NotificationKind.REMINDER, link, "notice.approvalDueToday", "APP-3");

        inbox.markAllRead(REQUESTER);

        assertThat(inbox.unread(REQUESTER)).isZero();
        assertThat(inbox.leadingTo(REQUESTER, link)).allSatisfy(notification -> assertThat(notification.read()).isTrue());
    }

    @Test
    void nobodyMarksAnotherPersonsNotificationAsRead() {
        notifications.notifyPerson(REQUESTER, NotificationKind.REMINDER, link, "notice.approvalDueToday", "APP-4");
        long theirs = inbox.leadingTo(REQUESTER, link).get(0).id();

        assertThatThrownBy(() -> as(people, "mihai.manager", () -> notifications.markRead("mihai.manager", theirs)))
                .isInstanceOfSatisfying(DomainException.class, refusal ->
                        assertThat(refusal.getMessageKey()).isEqualTo("notification.notFound"));
        assertThat(inbox.leadingTo(REQUESTER, link).get(0).read()).isFalse();
    }

    @Test
    void nobodyReadsOrCountsAnotherPersonsNotifications() {
        assertThatThrownBy(() -> as(people, "mihai.manager", () -> notifications.latest(REQUESTER, 20, Messages.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(people, "mihai.manager", () -> notifications.unreadCount(REQUESTER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(people, "mihai.manager", () -> notifications.markAllRead(REQUESTER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void latestAreTheNewestUpToTheLimit() {
        for (int number = 1; number <= 3; number++) {
            notifications.notifyPerson(REQUESTER, NotificationKind.REMINDER, link, "notice.approvalDueToday", "APP-" + number);
        }

        assertThat(as(people, REQUESTER, () -> notifications.latest(REQUESTER, 2, Messages.ENGLISH)))
                .extracting(NotificationView::text)
                .containsExactly("Reminder: the approval of APP-3 is due today.", "Reminder: the approval of APP-2 is due today.");
    }
}
