package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.people.DepartmentAdministration;
import org.procuredesk.people.DepartmentForm;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200 requesters named after the payloads each submit an application whose justification, line and preferred model
 * are their payload, and their line manager rejects each with it: the task list, every application's page and the
 * people list show them as text, and none runs. Rejected, the applications leave no task open.
 */
@ProcureDeskIntegrationTest
class XssInApplicationsBrowserTest extends XssBrowserTest {

    @Autowired
    DepartmentAdministration departments;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    TaskService taskService;

    @Test
    void applicationsTheirRejectionsAndTheirRequestersNamesShowAsTextInTheTaskListOnTheirPagesAndAmongPeople() {
        String manager = newPerson("manager", "Line manager " + run, null, null, Role.LINE_MANAGER);
        String support = newPerson("support", "IT support " + run, null, null, Role.IT_SUPPORT);
        Long department = as(people, "alex.admin", () -> departments.create(new DepartmentForm(
                "X" + run.toUpperCase(Locale.ROOT), "XSS " + run, people.findByUsername(manager).orElseThrow().id(),
                null))).id();
        List<RequestView> applications = submittedAndAcceptedByIt(department, support);

        signInAndWait(manager);
        browser.get(url("/tasks"));
        RenderedGrid tasks = RenderedGrid.read(browser, "my-tasks-grid", PAYLOADS.size());
        screenshot("xss-grid");
        assertShownAsText(tasks.column(2), "the task list's requester column");
        assertShownAsText(tasks.column(4), "the task list's subject column");

        IntStream.range(0, applications.size()).parallel().forEach(index -> as(people, manager, () ->
                approvals.decide(taskOf(applications.get(index), ApplicationToItProcess.APPROVE_BY_LINE_MANAGER),
                        Decision.REJECTED, PAYLOADS.get(index))));
        for (int index = 0; index < applications.size(); index++) {
            assertApplicationPageShowsAsText(applications.get(index), PAYLOADS.get(index));
        }

        signInAndWait("alex.admin");
        browser.get(url("/admin/people"));
        assertShownAsText(RenderedGrid.read(browser, "people-grid", PAYLOADS.size()).column(1), "the people's names");
    }

    /**
     * One application a payload, submitted by a requester of the department named after it, with the payload as its
     * justification, its line and its preferred model, and found complete by IT support: waiting for the line manager.
     */
    private List<RequestView> submittedAndAcceptedByIt(Long department, String support) {
        Long branch = people.branches().get(0).id();
        return IntStream.range(0, PAYLOADS.size()).parallel().mapToObj(index -> {
            String payload = PAYLOADS.get(index);
            String requester = newPerson(String.valueOf(index), payload, department, branch, Role.REQUESTER);
            RequestView application = as(people, requester, () -> requests.submit(null, new RequestForm(branch, payload,
                    LocalDate.now().plusDays(30), Urgency.PLANNED, List.of(new LineForm(EquipmentCategory.MOUSE,
                    payload, 1, new BigDecimal("25.00"), payload)))));
            as(people, support, () -> requestTasks.checkCompleteness(
                    taskOf(application, ApplicationToItProcess.CHECK_COMPLETENESS), Completeness.ACCEPTED, null));
            return application;
        }).toList();
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

    /** Navigates inside the open page, as a router link does, without loading the application again. */
    private void openInPage(String path) {
        browser.executeScript("const link = document.createElement('a');"
                + "link.href = arguments[0]; link.setAttribute('router-link', '');"
                + "document.body.appendChild(link); link.click(); link.remove();", path);
    }

    private String taskOf(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult().getId();
    }
}
