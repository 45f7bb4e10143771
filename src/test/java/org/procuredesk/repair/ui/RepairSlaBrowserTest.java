package org.procuredesk.repair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;

/** An auditor opens the repair SLA report from the navigation and is refused a period that ends before it starts. */
@ProcureDeskIntegrationTest
class RepairSlaBrowserTest extends BrowserTest {

    @Test
    void anAuditorReadsTheReportAndAReversedPeriodIsRefusedOnTheFirstDay() {
        signInAndWait("irina.auditor");
        click(By.xpath("//vaadin-side-nav-item[@path='repair-sla']"));

        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("repair-sla-figures")));
        assertThat(textOf("repair-sla-reported")).matches("\\d+");
        assertThat(browser.findElement(By.id("repair-sla-window")).getText()).contains("Within 30 days");
        screenshot("repair-sla");

        pickDate("repair-sla-from", LocalDate.of(2099, 1, 1));
        WebElement from = browser.findElement(By.id("repair-sla-from"));
        waitUpTo(20).until(ExpectedConditions.attributeToBe(from, "invalid", "true"));
        assertThat(from.getDomProperty("errorMessage"))
                .isEqualTo("The first day of the period must not be after its last day.");
    }
}
