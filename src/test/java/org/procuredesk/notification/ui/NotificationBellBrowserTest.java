package org.procuredesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.Inbox;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bell in the top bar: it counts the unread, lists the latest with the unread marked, opens where a
 * chosen one leads and counts it read, and marks all as read; it counts what its person is told while the
 * page is open, without a reload.
 */
@ProcureDeskIntegrationTest
class NotificationBellBrowserTest extends BrowserTest {

    static final String REQUESTER = "ana.requester";

    @Autowired
    Notifications notifications;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void bellCountsTheUnreadAndAChosenNotificationOpensWhereItLeads() {
        Inbox inbox = new Inbox(notifications, people);
        inbox.markAllRead(REQUESTER);
        RequestView application = as(people, REQUESTER, () -> requests.submit(null, Applications.laptop(people)));
        String link = Links.application(application.id());
        notifications.notifyPerson(REQUESTER, NotificationKind.REMINDER, null, "notice.approvalDueToday", "APP-0000-000000");
        notifications.notifyPerson(REQUESTER, NotificationKind.APPLICATION_DECIDED, link, "notice.applicationApproved",
                application.number());
        long id = inbox.leadingTo(REQUESTER, link).get(0).id();

        signInAndWait(REQUESTER);
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("notification-count"), "2"));
        click(By.id("notification-bell"));
        WebElement approved = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-" + id)));
        assertThat(approved.getText()).contains("Your application " + application.number() + " was approved.");
        assertThat(approved.getDomAttribute("class")).contains("unread");
        screenshot("notifications-1-open");

        click(approved);

        waitUpTo(20).until(ExpectedConditions.urlMatches("/" + link + "$"));
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("notification-count"), "1"));
        screenshot("notifications-2-followed");
        click(By.id("notification-bell"));
        click(By.id("notifications-mark-all-read"));
        waitUpTo(20).until(ExpectedConditions.invisibilityOfElementLocated(By.id("notification-count")));
        assertThat(inbox.unread(REQUESTER)).isZero();
    }

    @Test
    void bellCountsWhatThePersonIsToldWhileThePageIsOpen() {
        Inbox inbox = new Inbox(notifications, people);
        inbox.markAllRead(REQUESTER);
        tellRequester("APP-0000-000001");
        signInAndWait(REQUESTER);
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("notification-count"), "1"));
        browser.executeScript("window.notReloaded = true");

        transactions.executeWithoutResult(status -> tellRequester("APP-0000-000002"));

        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("notification-count"), "2"));
        assertThat(browser.executeScript("return window.notReloaded")).isEqualTo(true);
        screenshot("notifications-3-told-live");
    }

    private void tellRequester(String applicationNumber) {
        notifications.notifyPerson(REQUESTER, NotificationKind.REMINDER, null, "notice.approvalDueToday", applicationNumber);
    }
}
