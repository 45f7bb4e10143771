package org.procuredesk.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;

/**
 * An application through the UI from submission to approval: the requester enters and submits it, IT
 * support accepts it from their task list, the line manager approves it from theirs, and the requester
 * sees it approved.
 */
@ProcureDeskIntegrationTest
class ApplicationJourneyBrowserTest extends BrowserTest {

    @Test
    void requesterSubmitsSupportAcceptsManagerApprovesAndTheRequesterSeesItWaitingForItsBudget() {
        signInAndWait("ana.requester");
        String detailPath = submitApplication("Laptop", "Laptop for the new accountant", "4200", "4,200.00");
        String number = applicationNumberShown();
        screenshot("journey-1-submitted");

        browser.get(url("/applications"));
        gridCell(number);
        screenshot("journey-2-my-applications");

        String checkPath = completeFromMyTasks("ion.support", "/tasks?list=groups", number, "completeness-accept");
        browser.get(url(checkPath));
        assertThat(textOf("task-refused")).isEqualTo("Already handled by Ion Marin.");
        screenshot("journey-3-accepted");
        completeFromMyTasks("mihai.manager", "/tasks", number, "decision-approve");
        screenshot("journey-4-approved");

        forgetPreviousVisitor();
        signInAndWait("ana.requester");
        browser.get(url(detailPath));
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("application-status"), "Waiting for budget"));
        assertThat(textOf("application-decisions")).contains("Mihai Ionescu");
        screenshot("journey-5-requester-sees-approval");
    }

    /** @param list the task list the task is in, e.g. {@code /tasks?list=groups} @return the path of the task's form */
    private String completeFromMyTasks(String username, String list, String number, String buttonId) {
        forgetPreviousVisitor();
        signInAndWait(username);
        browser.get(url(list));
        click(gridCell(number));
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-number"), number));
        String taskPath = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/tasks/"));
        click(By.id(buttonId));
        waitUpTo(30).until(ExpectedConditions.urlMatches("/tasks$"));
        return taskPath;
    }
}
