package org.procuredesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A bell is told to count again once what told its person has committed, and only then. */
@ProcureDeskIntegrationTest
class LiveNotificationsTest {

    @Autowired
    LiveNotifications live;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;

    String person;
    AtomicInteger countedAgain = new AtomicInteger();
    Registration following;

    @BeforeEach
    void openBell() {
        person = "live." + UUID.randomUUID();
        following = live.follow(person, countedAgain::incrementAndGet);
    }

    @AfterEach
    void closeBell() {
        following.remove();
    }

    @Test
    void bellCountsAgainOnlyOnceTheNotificationCommitted() {
        transactions.executeWithoutResult(status -> {
            tell(person);
            assertThat(countedAgain).hasValue(0);
        });

        assertThat(countedAgain).hasValue(1);
    }

    @Test
    void rolledBackNotificationReachesNoBell() {
        transactions.executeWithoutResult(status -> {
            tell(person);
            status.setRollbackOnly();
        });

        assertThat(countedAgain).hasValue(0);
    }

    @Test
    void notificationForSomeoneElseLeavesTheBellAlone() {
        tell("live." + UUID.randomUUID());

        assertThat(countedAgain).hasValue(0);
    }

    @Test
    void everyOpenBellOfThePersonCountsAgain() {
        AtomicInteger secondBell = new AtomicInteger();
        Registration second = live.follow(person, secondBell::incrementAndGet);
        try {
            tell(person);
        } finally {
            second.remove();
        }

        assertThat(countedAgain).hasValue(1);
        assertThat(secondBell).hasValue(1);
    }

    @Test
    void closedBellIsNoLongerTold() {
        following.remove();

        tell(person);

        assertThat(countedAgain).hasValue(0);
    }

    private void tell(String username) {
        notifications.notifyPerson(username, NotificationKind.REMINDER, null, "notice.approvalDueToday", "APP-0000-000001");
    }
}
