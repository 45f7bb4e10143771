package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.procuredesk.BrowserTest;
import org.procuredesk.HttpTestClient;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser test that stores the 200 well-known XSS payloads of {@link XssPayloads}, as people it creates, where others
 * read them, and finds each shown as text: a {@link ScriptWatch} installed before any page script counts what a
 * payload would call, and must count nothing by the end of each test (it is shown to count a probe first).
 */
abstract class XssBrowserTest extends BrowserTest {

    static final List<String> PAYLOADS = XssPayloads.all();
    private static ScriptWatch watch;

    @Autowired
    PeopleAdministration administration;
    @Autowired
    PeopleDirectory people;

    /** Names the people and records of one test apart from every other's. */
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void watchScripts() {
        watch = ScriptWatch.installIn(browser);
        browser.manage().window().setSize(new Dimension(1600, 1400));
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
    }

    @BeforeEach
    void theWatchCountsWhatAPayloadWouldCall() {
        browser.executeScript("alert('probe'); confirm('probe'); prompt('probe'); window.xss = 1");
        assertThat(watch.calls()).isEqualTo(4);
        watch.reset();
    }

    @AfterEach
    void nothingRan() {
        assertThat(watch.dialogOpen()).as("a dialog is open").isFalse();
        assertThat(watch.calls()).as("calls of alert, confirm or prompt and settings of the marker").isZero();
    }

    /** Every payload is a cell's whole text, and counted once for this place. */
    static void assertShownAsText(List<String> cells, String place) {
        assertThat(cells).as(place).containsAll(PAYLOADS);
        PAYLOADS.forEach(payload -> ReliabilityFigures.inputTried());
    }

    /** A wait that looks again every 20 ms rather than every half second, for the many short waits of these tests. */
    WebDriverWait quickly() {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20));
    }

    String textContentOf(String id) {
        return (String) browser.executeScript("return document.getElementById(arguments[0]).textContent", id);
    }

    /** A person with the password of the demo people, so that {@link #signInAndWait} signs them in. */
    String newPerson(String name, String fullName, Long department, Long branch, Role role) {
        String username = "xss." + run + "." + name;
        as(people, "alex.admin", () -> administration.create(new PersonForm(username, fullName,
                username + "@procuredesk.example", department, branch, EnumSet.of(role), true,
                HttpTestClient.DEMO_PASSWORD, null)));
        return username;
    }
}
