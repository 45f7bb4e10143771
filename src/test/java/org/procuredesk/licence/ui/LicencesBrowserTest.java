package org.procuredesk.licence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.licence.LicenceForm;
import org.procuredesk.licence.Licences;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/** IT support opens a licence from its link, gives its one seat to a person, and is refused a second one. */
@ProcureDeskIntegrationTest
class LicencesBrowserTest extends BrowserTest {

    @Autowired
    Licences licences;
    @Autowired
    PeopleDirectory people;

    @Test
    void itSupportAssignsTheLastSeatAndTheNextAssignmentIsRefusedOnTheField() {
        String product = "Visio " + UUID.randomUUID().toString().substring(0, 8);
        long id = SignedIn.as(people, "ion.support", () -> licences.create(new LicenceForm(product, "Microsoft",
                null, null, 1, LocalDate.of(2025, 1, 1), null, BigDecimal.ONE))).summary().id();

        signInAndWait("ion.support");
        browser.get(url("/licences?licence=" + id));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("licence-detail"), product));
        assign("ana.requester");
        gridCell("ana.requester");
        gridCell("1 / 1");
        screenshot("licence-assigned");

        assign("mihai.manager");
        WebElement assignee = browser.findElement(By.id("licence-assignee"));
        waitUpTo(20).until(ExpectedConditions.attributeToBe(assignee, "invalid", "true"));
        assertThat(assignee.getDomProperty("errorMessage"))
                .isEqualTo(product + " has no free seat: all 1 bought are in use.");
        screenshot("licence-no-seat-left");
    }

    private void assign(String username) {
        click(By.id("licence-assign"));
        type("licence-assignee", username);
        click(By.id("licence-assign-save"));
    }
}
