package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.licence.Licences;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.Role;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.ConsumableForm;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IT support registers 200 licences and 200 consumables named after the payloads, and is told of each licence's
 * expiry: the licence register, the consumable catalogue and the notifications under the bell show them as text, and
 * none runs. The consumables are inactive and the licences perpetual, so no replenishment or reminder picks them up.
 */
@ProcureDeskIntegrationTest
class XssInRegistersBrowserTest extends XssBrowserTest {

    /** How many notifications the bell lists. */
    private static final int LATEST_UNDER_THE_BELL = 20;

    @Autowired
    Licences licences;
    @Autowired
    ConsumableCatalogue catalogue;
    @Autowired
    Notifications notifications;

    @Test
    void licenceAndConsumableNamesShowAsTextInTheirRegistersAndInTheNotificationsUnderTheBell() {
        String keeper = newPerson("keeper", "IT support " + run, null, null, Role.IT_SUPPORT);
        List<Long> registered = as(people, keeper, () -> IntStream.range(0, PAYLOADS.size()).mapToObj(index -> {
            String payload = PAYLOADS.get(index);
            catalogue.create(new ConsumableForm("XSS-" + run.toUpperCase(Locale.ROOT) + "-" + index, payload,
                    "pcs", payload, 0, 0, 0, payload, 1, BigDecimal.ONE, false, null));
            return licences.create(new LicenceForm(payload, payload, null, null, 1, LocalDate.of(2025, 1, 1), null,
                    BigDecimal.ONE)).summary().id();
        }).toList());

        signInAndWait(keeper);
        browser.get(url("/licences"));
        RenderedGrid register = RenderedGrid.read(browser, "licences", PAYLOADS.size());
        assertShownAsText(register.column(0), "the licences' products");
        assertShownAsText(register.column(1), "the licences' vendors");
        for (int first = 0; first < PAYLOADS.size(); first += LATEST_UNDER_THE_BELL) {
            assertExpiryNoticesShowAsText(keeper, registered, first);
        }
        browser.get(url("/consumable-catalogue"));
        assertShownAsText(RenderedGrid.read(browser, "consumables-grid", PAYLOADS.size()).column(1),
                "the consumables' names");
    }

    /**
     * Tells the keeper, as the expiry reminder does, that a bell's worth of licences expire, opens the bell and finds
     * each notice's text, the payload twice in it, as the text of its entry. The licences never expire, so the
     * reminder itself, which other tests run, leaves them alone.
     */
    private void assertExpiryNoticesShowAsText(String keeper, List<Long> registered, int first) {
        List<Integer> told = IntStream.range(first, Math.min(first + LATEST_UNDER_THE_BELL, PAYLOADS.size())).boxed()
                .toList();
        told.forEach(index -> notifications.notifyPerson(keeper, NotificationKind.LICENCE_EXPIRY,
                Links.licence(registered.get(index)), "notice.licenceExpiring", PAYLOADS.get(index),
                PAYLOADS.get(index), LocalDate.now().plusDays(30), 0));
        List<NotificationView> latest = as(people, keeper, () -> notifications.latest(keeper, told.size(), Locale.UK));
        click(By.id("notification-bell"));
        quickly().until(ExpectedConditions.presenceOfElementLocated(By.id("notification-" + latest.get(0).id())));
        List<String> shown = latest.stream().map(notice -> (String) browser.executeScript(
                "return document.getElementById(arguments[0]).firstElementChild.textContent",
                "notification-" + notice.id())).toList();
        assertThat(shown).as("notices under the bell").isEqualTo(latest.stream().map(NotificationView::text).toList());
        told.forEach(index -> {
            String payload = PAYLOADS.get(index);
            assertThat(shown).as("notices under the bell")
                    .anySatisfy(text -> assertThat(text).startsWith("The licence of " + payload + " (" + payload + ")"));
            ReliabilityFigures.inputTried();
        });
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        quickly().until(ExpectedConditions.invisibilityOfElementLocated(By.id("notification-" + latest.get(0).id())));
    }
}
