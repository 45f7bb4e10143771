package org.procuredesk.inventory.count.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MONITOR;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.Register;
import org.procuredesk.inventory.count.CountDetail;
import org.procuredesk.inventory.count.CountLineView;
import org.procuredesk.inventory.count.CountState;
import org.procuredesk.inventory.count.CountSummary;
import org.procuredesk.inventory.count.Difference;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** In the browser: the IT head orders a count from the list, IT support records it on its task form and submits it. */
@ProcureDeskIntegrationTest
class InventoryCountBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleDirectory people;
    @Autowired
    InventoryCounts counts;
    @Autowired
    TaskService taskService;

    @Test
    void theItHeadOrdersACountAndItSupportRecordsWhatItFound() {
        Register fixtures = Register.of(context);
        long warehouse = fixtures.newWarehouse();
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"), item(MONITOR, "P24"));
        AssetSummary elsewhere = fixtures.inStock(fixtures.newWarehouse(), item(LAPTOP, "X1")).get(0);
        String warehouseName = stock.get(0).holderName();

        signInAndWait("victor.ithead");
        browser.get(url("/inventory-counts"));
        choose("order-count-location", "Warehouse: " + warehouseName);
        click(By.id("order-count-submit"));
        String number = countOf(warehouse);
        gridCell(number);
        screenshot("inventory-count-1-ordered");

        forgetPreviousVisitor();
        signInAndWait("ion.support");
        browser.get(url("/tasks/" + taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult()
                .getId()));
        gridCell(stock.get(0).inventoryNumber());
        click(rowCheckbox(stock.get(0).inventoryNumber()));
        type("record-inventory-number", elsewhere.inventoryNumber());
        click(By.id("record-add"));
        gridCell(elsewhere.holderName());
        screenshot("inventory-count-2-recorded");
        click(By.id("record-submit"));
        waitUpTo(30).until(ExpectedConditions.not(ExpectedConditions.urlContains("/tasks/")));

        CountDetail count = SignedIn.as(people, "victor.ithead", () -> counts.detail(number));
        assertThat(count.summary().state()).isEqualTo(CountState.AWAITING_APPROVAL);
        assertThat(count.differences()).extracting(CountLineView::inventoryNumber, CountLineView::difference)
                .containsExactlyInAnyOrder(tuple(stock.get(1).inventoryNumber(),
                                Difference.MISSING),
                        tuple(elsewhere.inventoryNumber(), Difference.WRONG_HOLDER));
    }

    private String countOf(long warehouse) {
        return waitUpTo(30).until(driver -> SignedIn.as(people, "victor.ithead", () -> counts.list()).stream()
                .filter(count -> count.location().equals(Holder.warehouse(warehouse))).map(CountSummary::number)
                .findFirst().orElse(null));
    }

    /** The selection checkbox in the row of the expected grid that shows this inventory number. */
    private WebElement rowCheckbox(String inventoryNumber) {
        WebElement cell = gridCell(inventoryNumber);
        return (WebElement) browser.executeScript("""
                const grid = document.getElementById('record-expected');
                const name = arguments[0].getAttribute('slot');
                for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const slots = [...row.querySelectorAll('slot')].map(slot => slot.name);
                    if (slots.includes(name)) {
                        return grid.querySelector('vaadin-grid-cell-content[slot="' + slots[0] + '"] vaadin-checkbox');
                    }
                }
                return null;""", cell);
    }
}
