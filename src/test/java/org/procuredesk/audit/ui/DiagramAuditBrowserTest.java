package org.procuredesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.Jobs;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor opens a finished application on its diagram, drawn by bpmn-js in the browser: exactly the steps the
 * engine's history says it passed are marked, and a click on a step lists who did it; the processes' heat map shades
 * the steps passed. An administrator sees only the incidents; a requester does not get in.
 */
@ProcureDeskIntegrationTest
class DiagramAuditBrowserTest extends BrowserTest {

    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @Test
    void theDiagramOfARejectedApplicationMarksExactlyTheStepsItsPathPassed() {
        HistoricProcessInstance finished = rejectedApplication();
        Set<String> passed = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(finished.getId()).list().stream()
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());

        signInAndWait("irina.auditor");
        browser.get(url("/audit/cases/" + finished.getBusinessKey()));
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("bpmn-diagram[data-rendered='true']")));

        assertThat(marked(".djs-shape.pd-passed")).isEqualTo(passed).contains(ApplicationToItProcess.CHECK_COMPLETENESS,
                ApplicationToItProcess.APPROVE_BY_LINE_MANAGER, ApplicationToItProcess.APPLICATION_REJECTED);
        assertThat(marked(".djs-connection.pd-passed")).isNotEmpty();
        assertThat(marked(".pd-current")).isEmpty();
        screenshot("audit-case-diagram");

        click(browser.findElement(By.cssSelector("bpmn-diagram .djs-element[data-element-id='"
                + ApplicationToItProcess.APPROVE_BY_LINE_MANAGER + "']")));
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-executions-title"),
                "Executions of"));
        waitForRows("audit-executions", 1);
        screenshot("audit-case-executions");
    }

    @Test
    void theProcessesHeatMapShadesTheStepsInstancesPassedAndAnAdministratorSeesOnlyTheIncidents() {
        rejectedApplication();

        signInAndWait("irina.auditor");
        browser.get(url("/audit/processes"));
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("bpmn-diagram[data-rendered='true']")));
        assertThat(textOf("audit-version")).contains("Application to IT");
        assertThat(marked(".djs-shape[class*='pd-heat-']")).contains(ApplicationToItProcess.CHECK_COMPLETENESS);
        screenshot("audit-process-heat-map");

        forgetPreviousVisitor();
        signInAndWait("alex.admin");
        browser.get(url("/audit/processes"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("audit-incidents")));
        assertThat(browser.findElements(By.tagName("bpmn-diagram"))).isEmpty();
    }

    @Test
    void aRequesterCannotOpenACaseOnItsDiagram() {
        HistoricProcessInstance finished = rejectedApplication();

        signInAndWait("ana.requester");
        browser.get(url("/audit/cases/" + finished.getBusinessKey()));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Could not navigate"));

        assertThat(browser.findElements(By.tagName("bpmn-diagram"))).isEmpty();
        assertThat(browser.findElements(By.id("audit-trail"))).isEmpty();
    }

    /** An application submitted by ana.requester, accepted by IT support and rejected by the line manager: ended. */
    private HistoricProcessInstance rejectedApplication() {
        RequestView application = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
        as(people, "ion.support", () -> requestTasks.checkCompleteness(
                taskId(application, ApplicationToItProcess.CHECK_COMPLETENESS), Completeness.ACCEPTED, null));
        as(people, "mihai.manager", () -> approvals.decide(
                taskId(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER), Decision.REJECTED,
                "Not this year"));
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(application.number()).singleResult();
        Jobs.runDueOf(managementService, instance.getId());
        HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(finished.getEndTime()).as("the application has ended").isNotNull();
        return finished;
    }

    private String taskId(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult().getId();
    }

    /** The ids of the diagram's elements carrying the classes. */
    private Set<String> marked(String classes) {
        return browser.findElements(By.cssSelector("bpmn-diagram .djs-element" + classes)).stream()
                .map(element -> element.getDomAttribute("data-element-id")).collect(Collectors.toSet());
    }
}
