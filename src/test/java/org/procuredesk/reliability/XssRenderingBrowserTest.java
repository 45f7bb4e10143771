package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.procuredesk.BrowserTest;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.licence.Licences;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.DepartmentAdministration;
import org.procuredesk.people.DepartmentForm;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.Role;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.tasklist.SavedFilterForm;
import org.procuredesk.tasklist.SavedTaskFilters;
import org.procuredesk.tasklist.TaskScope;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200 well-known XSS payloads, stored by people the test creates in the text fields others read, show as text
 * wherever they are rendered in headless Chromium, and none of them runs: a watch installed before any page script
 * counts every call of {@code alert}, {@code confirm} and {@code prompt} and every setting of the marker {@code xss}.
 */
@ProcureDeskIntegrationTest
class XssRenderingBrowserTest extends BrowserTest {

    private static final List<String> PAYLOADS = XssPayloads.all();
    /** How many notifications the bell lists. */
    private static final int LATEST_UNDER_THE_BELL = 20;
    /**
     * Chooses the saved filter named {@code arguments[0]} in the menu, deletes it with the Delete button and answers
     * the text of the toast that says so, once a toast reads {@code arguments[1]}; else every toast's text.
     */
    private static final String DELETE_SAVED_FILTER = """
            const [name, expected, done] = arguments;
            const menu = document.getElementById('saved-filters');
            const remove = document.getElementById('delete-saved-filter');
            const until = async (ready) => {
              for (let tries = 0; tries < 1000 && !ready(); tries++) {
                await new Promise((later) => setTimeout(later, 10));
              }
              return ready();
            };
            const toasts = () => [...document.querySelectorAll('vaadin-notification-card')].map((card) => card.textContent);
            (async () => {
              menu.opened = true;
              const saved = () => (menu.filteredItems || []).find((item) => item && item.label === name);
              if (!await until(saved)) {
                return done('no saved filter in the menu');
              }
              menu.selectedItem = saved();
              menu.opened = false;
              if (!await until(() => !remove.disabled)) {
                return done('the chosen filter cannot be deleted');
              }
              remove.click();
              await until(() => toasts().includes(expected));
              done(toasts().includes(expected) ? expected : toasts().join(' | '));
            })().catch((failure) => done(String(failure)));
            """;
    private static ScriptWatch watch;

    @Autowired
    PeopleAdministration administration;
    @Autowired
    DepartmentAdministration departments;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    TaskService taskService;
    @Autowired
    Licences licences;
    @Autowired
    ConsumableCatalogue catalogue;
    @Autowired
    Notifications notifications;
    @Autowired
    SavedTaskFilters savedFilters;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

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

    @Test
    void applicationsTheirRejectionsAndTheirRequestersNamesShowAsTextInTheTaskListOnTheirPagesAndAmongPeople() {
        String manager = newPerson("manager", "Line manager " + run, null, null, Role.LINE_MANAGER);
        String support = newPerson("support", "IT support " + run, null, null, Role.IT_SUPPORT);
        Long department = as(people, "alex.admin", () -> departments.create(new DepartmentForm(
                "X" + run.toUpperCase(Locale.ROOT), "XSS " + run, people.findByUsername(manager).orElseThrow().id(),
                null))).id();
        Long branch = people.branches().get(0).id();
        List<RequestView> applications = IntStream.range(0, PAYLOADS.size()).parallel().mapToObj(index -> {
            String payload = PAYLOADS.get(index);
            String requester = newPerson(String.valueOf(index), payload, department, branch, Role.REQUESTER);
            RequestView application = as(people, requester, () -> requests.submit(null, new RequestForm(branch, payload,
                    LocalDate.now().plusDays(30), Urgency.PLANNED, List.of(new LineForm(EquipmentCategory.MOUSE,
                    payload, 1, new BigDecimal("25.00"), payload)))));
            as(people, support, () -> requestTasks.checkCompleteness(
                    taskOf(application, ApplicationToItProcess.CHECK_COMPLETENESS), Completeness.ACCEPTED, null));
            return application;
        }).toList();

        signInAndWait(manager);
        browser.get(url("/tasks"));
        RenderedGrid tasks = RenderedGrid.read(browser, "my-tasks-grid", PAYLOADS.size());
        screenshot("xss-grid");
        assertShownAsText(tasks.column(2), "the task list's requester column");
        assertShownAsText(tasks.column(4), "the task list's subject column");

        IntStream.range(0, applications.size()).parallel().forEach(index -> as(people, manager, () -> approvals.decide(
                taskOf(applications.get(index), ApplicationToItProcess.APPROVE_BY_LINE_MANAGER), Decision.REJECTED,
                PAYLOADS.get(index))));
        for (int index = 0; index < applications.size(); index++) {
            assertApplicationPageShowsAsText(applications.get(index), PAYLOADS.get(index));
        }

        signInAndWait("alex.admin");
        browser.get(url("/admin/people"));
        assertShownAsText(RenderedGrid.read(browser, "people-grid", PAYLOADS.size()).column(1), "the people's names");
    }

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

    @Test
    void savedFilterNamesShowAsTextInTheToastsThatConfirmTheirDeletion() {
        for (int first = 0; first < PAYLOADS.size(); first += SavedTaskFilters.MAX_PER_PERSON) {
            List<String> names = PAYLOADS.subList(first, Math.min(first + SavedTaskFilters.MAX_PER_PERSON,
                    PAYLOADS.size()));
            String owner = newPerson("filters." + first, "Filter keeper " + run, null, null, Role.LINE_MANAGER);
            as(people, owner, () -> names.forEach(name ->
                    savedFilters.save(new SavedFilterForm(name, TaskScope.MINE, null, null))));
            signInAndWait(owner);
            browser.get(url("/tasks"));
            quickly().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-filters")));
            for (String name : names) {
                String expected = "Filter " + name + " deleted.";
                assertThat(browser.executeAsyncScript(DELETE_SAVED_FILTER, name, expected)).as("toast")
                        .isEqualTo(expected);
                ReliabilityFigures.inputTried();
            }
        }
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

    private void assertApplicationPageShowsAsText(RequestView application, String payload) {
        openInPage("/applications/" + application.id());
        quickly().until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-number"),
                application.number()));
        assertThat(textContentOf("application-justification")).as("justification of %s", application.number())
                .isEqualTo(payload);
        assertThat(textContentOf("application-requester")).as("requester of %s", application.number())
                .isEqualTo(payload);
        List<RenderedGrid> grids = RenderedGrid.read(browser, 1, "application-lines", "application-decisions",
                "application-timeline");
        assertThat(grids.get(0).column(1)).as("line of %s", application.number()).containsExactly(payload);
        assertThat(grids.get(0).column(2)).as("preferred model of %s", application.number()).containsExactly(payload);
        assertThat(grids.get(1).column(5)).as("decisions on %s", application.number()).containsExactly(payload);
        assertThat(grids.get(2).column(4)).as("timeline of %s", application.number()).contains(payload);
        ReliabilityFigures.add(ReliabilityFigures.Figure.INPUTS, 6);
    }

    /** Every payload is a cell's whole text, and counted once for this place. */
    private static void assertShownAsText(List<String> cells, String place) {
        assertThat(cells).as(place).containsAll(PAYLOADS);
        PAYLOADS.forEach(payload -> ReliabilityFigures.inputTried());
    }

    /** Navigates inside the open page, as a router link does, without loading the application again. */
    private void openInPage(String path) {
        browser.executeScript("const link = document.createElement('a');"
                + "link.href = arguments[0]; link.setAttribute('router-link', '');"
                + "document.body.appendChild(link); link.click(); link.remove();", path);
    }

    /** A wait that looks again every 20 ms rather than every half second, for the many short waits of this test. */
    private WebDriverWait quickly() {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20));
    }

    private String textContentOf(String id) {
        return (String) browser.executeScript("return document.getElementById(arguments[0]).textContent", id);
    }

    private String taskOf(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult().getId();
    }

    private String newPerson(String name, String fullName, Long department, Long branch, Role role) {
        String username = "xss." + run + "." + name;
        as(people, "alex.admin", () -> administration.create(new PersonForm(username, fullName,
                username + "@procuredesk.example", department, branch, EnumSet.of(role), true,
                HttpTestClient.DEMO_PASSWORD, null)));
        return username;
    }
}
