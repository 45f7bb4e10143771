package org.procuredesk.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.purchasing.Fulfilment;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An approved, budgeted application through the UI from its order to its requester: IT support orders it
 * (warned of the price, told what is missing), the warehouse receives it, IT support hands it over and the
 * requester confirms; its page then shows the receipt and the handover.
 */
@ProcureDeskIntegrationTest
class PurchaseJourneyBrowserTest extends BrowserTest {

    @Autowired
    PeopleDirectory people;
    @Autowired
    Fulfilment fulfilment;

    @Test
    void supportOrdersTheWarehouseReceivesSupportHandsOverAndTheRequesterConfirms() {
        RequestView application = approvedAndBudgeted();
        String number = application.number();

        openFromMyTasks("ion.support", "/tasks?list=groups", number, "Place order");
        assertThat(browser.findElement(By.cssSelector("#order-unitPrices-0 input")).getDomProperty("value"))
                .startsWith("4200");
        type("order-orderNumber", "PO-7781");
        type("order-unitPrices-0", "4700");
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-overrun"),
                "the IT head will have to approve the difference"));
        click(By.id("order-place"));
        WebElement supplier = browser.findElement(By.id("order-supplier"));
        waitUpTo(20).until(ExpectedConditions.attributeToBe(supplier, "invalid", "true"));
        assertThat(supplier.getDomProperty("errorMessage")).isEqualTo("This field is required.");
        screenshot("purchase-1-order-refused");
        type("order-supplier", "Alfa Distribution");
        pickDate("order-expectedDelivery", LocalDate.now().plusDays(7));
        type("order-unitPrices-0", "4400");
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-overrun"),
                "within the allowed margin"));
        click(By.id("order-place"));
        waitUpTo(30).until(ExpectedConditions.urlMatches("/tasks$"));

        openFromMyTasks("george.warehouse", "/tasks?list=groups", number, "Receive goods");
        assertThat(textOf("receipt-order-number")).isEqualTo("PO-7781");
        assertThat(textOf("purchase-orders")).as("the task shows what the application's page shows").contains("PO-7781");
        type("receipt-supplierDocument", "AVZ 1203");
        type("receipt-items-0-serialNumber", "PF3XK2");
        screenshot("purchase-2-receive");
        click(By.id("receipt-receive"));
        assertThat(waitForText("receipt-done")).matches("Received under receipt REC-\\d{4}-\\d{6}\\.");
        click(By.id("receipt-done-back"));
        waitUpTo(30).until(ExpectedConditions.urlMatches("/tasks$"));

        openFromMyTasks("ion.support", "/tasks?list=groups", number, "Hand over");
        gridCell("PF3XK2");
        type("handover-note", "Installed, with its docking station");
        click(By.id("handover-submit"));
        assertThat(waitForText("handover-done")).startsWith("Handed over under movement document ");
        screenshot("purchase-3-handed-over");
        click(By.id("handover-done-back"));
        waitUpTo(30).until(ExpectedConditions.urlMatches("/tasks$"));

        openFromMyTasks("ana.requester", "/tasks", number, "Confirm receipt");
        assertThat(textOf("handover-by")).isEqualTo("Ion Marin");
        click(By.id("confirm-received"));
        waitUpTo(30).until(ExpectedConditions.urlMatches("/tasks$"));

        browser.get(url("/applications/" + application.id()));
        assertThat(waitForText("purchase-receipt-supplierDocument")).isEqualTo("AVZ 1203");
        assertThat(textOf("purchase-orders")).contains("PO-7781");
        assertThat(textOf("handover-confirmed")).doesNotContain("automatically").isNotEqualTo("Not yet");
        assertThat(browser.findElement(By.id("purchase-handover-pdf")).getText()).isEqualTo("Handover (PDF)");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("purchase-section")));
        screenshot("purchase-4-application-page");
    }

    /** @param list the task list the task is in, e.g. {@code /tasks?list=groups} */
    private void openFromMyTasks(String username, String list, String number, String step) {
        forgetPreviousVisitor();
        signInAndWait(username);
        browser.get(url(list));
        click(gridCell(number));
        waitUpTo(20).until(ExpectedConditions.textToBe(By.id("task-title"), step));
    }

    private String waitForText(String id) {
        waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        return textOf(id);
    }

    /** An application for a laptop no warehouse holds, approved and approved in its budget: waiting for its order. */
    private RequestView approvedAndBudgeted() {
        return fulfilment.toOrder(fulfilment.form(new LineForm(EquipmentCategory.LAPTOP, "Laptop for the new accountant",
                1, new BigDecimal("4200.00"), "ThinkPad T14 gen " + System.nanoTime())));
    }
}
