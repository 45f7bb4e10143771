package org.procuredesk.repair.ui;

import static org.procuredesk.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.inventory.AssetImport;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/** A requester reports a fault on a laptop they hold, from My equipment, and follows the case on its page. */
@ProcureDeskIntegrationTest
class RepairBrowserTest extends BrowserTest {

    @Autowired
    AssetImport importer;
    @Autowired
    PeopleDirectory people;

    @Test
    void aRequesterReportsAFaultFromMyEquipmentAndSeesItOnTheCasesTimeline() {
        // first among Ana's equipment, which lists it by inventory number, so its row is shown without scrolling
        String laptop = "0R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        byte[] csv = String.join("\n",
                "inventory_number,category,model,purchase_date,holder_kind,holder_reference,status",
                laptop + ",LAPTOP,T14,2026-01-31,EMPLOYEE,ana.requester,IN_USE").getBytes(StandardCharsets.UTF_8);
        as(people, "ion.support", () -> importer.importCsv("laptop.csv", new ByteArrayInputStream(csv), false));

        signInAndWait("ana.requester");
        browser.get(url("/my-equipment"));
        click(By.id("my-equipment-report-" + laptop));
        waitUpTo(20).until(ExpectedConditions.urlContains("/repairs/report"));
        waitUpTo(20).until(driver -> laptop.equals(browser.findElement(By.id("repair-asset")).getDomProperty("value")));
        type("repair-symptoms", "The screen flickers");
        screenshot("repair-report");
        click(By.id("repair-report"));

        waitUpTo(30).until(ExpectedConditions.urlMatches("/repairs/\\d+$"));
        gridCell("Fault reported: The screen flickers");
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("repair-asset"), laptop));
        screenshot("repair-case");
    }
}
