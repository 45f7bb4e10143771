package org.procuredesk.tasklist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.RequestTaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task lists in a browser: a requester submits an application for a server, the line manager finds it
 * in their task list, opens and approves it, and it appears in the IT head's groups' list, the next approver.
 */
@ProcureDeskIntegrationTest
class TaskListBrowserTest extends BrowserTest {

    @Autowired
    TaskService taskService;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    PeopleDirectory people;

    @Test
    void theLineManagerApprovesFromTheTaskListAndTheItHeadFindsItInTheirGroupsList() {
        signInAndWait("ana.requester");
        submitApplication("Server", "File server for the branch", "15000", "15,000.00");
        String number = applicationNumberShown();
        accepted(number);

        forgetPreviousVisitor();
        signInAndWait("mihai.manager");
        browser.get(url("/tasks"));
        gridCell(number);
        assertThat(gridCell("Ana Popescu").isDisplayed()).isTrue();
        screenshot("task-list-1-line-manager");
        click(gridCell(number));
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("task-title"), "Approve by line manager"));
        screenshot("task-list-2-approval-form");
        click(By.id("decision-approve"));
        waitUpTo(30).until(ExpectedConditions.urlMatches("/tasks$"));
        waitUpTo(20).until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + number + "']")));
        screenshot("task-list-3-approved");

        forgetPreviousVisitor();
        signInAndWait("victor.ithead");
        browser.get(url("/tasks?list=groups"));
        gridCell(number);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult()
                .getTaskDefinitionKey()).isEqualTo(ApplicationToItProcess.APPROVE_BY_IT_HEAD);
        screenshot("task-list-4-it-head-groups");
    }

    private void accepted(String number) {
        String check = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        as(people, "ion.support", () -> requestTasks.checkCompleteness(check, Completeness.ACCEPTED, null));
    }
}
