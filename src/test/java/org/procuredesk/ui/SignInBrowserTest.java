package org.procuredesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.springframework.beans.factory.annotation.Autowired;

/** Every demo role signs in through the browser and is shown exactly the navigation its role allows. */
@ProcureDeskIntegrationTest
class SignInBrowserTest extends BrowserTest {

    static final List<String> EVERYONE = List.of("", "tasks", "my-equipment", "repairs", "settings");
    static final List<String> REQUESTERS = List.of("", "tasks", "my-equipment", "repairs", "settings", "applications/new",
            "applications");
    static final List<String> EQUIPMENT_READERS = List.of("", "tasks", "my-equipment", "repairs", "settings", "equipment",
            "movements", "stock", "stock-documents", "replenishments", "consumable-catalogue");
    static final List<String> IT_MANAGEMENT = List.of("", "tasks", "my-equipment", "repairs", "settings", "equipment",
            "movements", "stock", "stock-documents", "replenishments", "budgets", "inventory-counts", "licences",
            "repair-sla");
    /** IT management's navigation, and the consumables catalogue IT support keeps. */
    static final List<String> IT_SUPPORT = Stream.concat(IT_MANAGEMENT.stream(), Stream.of("consumable-catalogue"))
            .toList();
    /** IT management's navigation, and the audit of cases and processes. */
    static final List<String> AUDITORS = Stream.concat(IT_MANAGEMENT.stream(), Stream.of("audit", "audit/processes"))
            .toList();
    /** People, departments and branches, and the processes' incidents an administrator retries. */
    static final List<String> ADMINISTRATION = List.of("", "tasks", "my-equipment", "repairs", "settings", "admin/people",
            "admin/departments", "admin/branches", "audit/processes");

    /** The intended navigation of each demo person, by role. */
    static final Map<String, List<String>> NAVIGATION = Map.of(
            "ana.requester", REQUESTERS,
            "mihai.manager", EVERYONE,
            "ion.support", IT_SUPPORT,
            "elena.supporthead", IT_SUPPORT,
            "victor.ithead", AUDITORS,
            "carmen.finance", List.of("", "tasks", "my-equipment", "repairs", "settings", "budgets"),
            "dan.security", EVERYONE,
            "george.warehouse", EQUIPMENT_READERS,
            "irina.auditor", AUDITORS,
            "alex.admin", ADMINISTRATION);

    @Autowired
    PurchaseRequestService requests;
    @Autowired
    PeopleDirectory people;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;

    static List<String> demoPeople() {
        return NAVIGATION.keySet().stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("demoPeople")
    void everyRoleSignsInAndSeesOnlyItsNavigation(String username) {
        signInAndWait(username);

        assertThat(navigationPaths()).containsExactlyInAnyOrderElementsOf(NAVIGATION.get(username));
        screenshot("home-" + username);
    }

    @Test
    void wrongPasswordKeepsTheVisitorOnTheSignInPageWithAnError() {
        signIn("ana.requester", "wrong-password");

        waitUpTo(20).until(ExpectedConditions.urlContains("/login?error"));
        waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("vaadin-login-form"), "error", "true"));
        screenshot("sign-in-refused");
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() {
        browser.get(url("/login"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();

        signInAndWait("ana.requester");

        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSession() {
        signInAndWait("ana.requester");

        browser.findElement(By.id("sign-out")).click();
        waitUpTo(20).until(ExpectedConditions.urlContains("/login"));
        browser.get(url("/"));

        waitUpTo(20).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("main-navigation"))).isEmpty();
    }

    @Test
    void homePageCountsThePersonsOwnApplicationsAndTheTasksOfTheirGroups() {
        SignedIn.as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
        long anasOpen = historyService.createHistoricProcessInstanceQuery().startedBy("ana.requester").unfinished().count();
        long supportTasks = taskService.createTaskQuery().taskCandidateGroup("IT_SUPPORT").taskUnassigned().count();

        signInAndWait("ana.requester");
        assertThat(textOf("home-open-requests")).isEqualTo(String.valueOf(anasOpen));
        assertThat(textOf("home-roles")).contains("Requester");

        forgetPreviousVisitor();
        signInAndWait("ion.support");
        assertThat(textOf("home-offered")).isEqualTo(String.valueOf(supportTasks));
        screenshot("home-it-support");
    }

    @Test
    void languageSwitchShowsTheApplicationInRomanianAndRemembersIt() {
        signInAndWait("dan.security");

        browser.findElement(By.id("language-switch")).click();
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Română']"))).click();

        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-navigation"), "Acasă"));
        assertThat(textOf("home-roles")).contains("Ofițer de securitate");
        screenshot("home-romanian");

        forgetPreviousVisitor();
        signInAndWait("dan.security");
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-navigation"), "Acasă"));
    }
}
