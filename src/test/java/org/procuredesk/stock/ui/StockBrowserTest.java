package org.procuredesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.BranchAdministration;
import org.procuredesk.people.BranchForm;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseAdministration;
import org.procuredesk.people.WarehouseForm;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.stock.StockDocumentFilter;
import org.procuredesk.stock.StockDocumentKind;
import org.procuredesk.stock.StockDocumentView;
import org.procuredesk.stock.StockLedger;
import org.procuredesk.stock.StockLevel;
import org.procuredesk.stock.StockLevels;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The warehouse keeper in the browser: receives toner, is told there is not enough when issuing more than came in,
 * issues what there is, finds the documents in the list and reverses the issue, which puts the stock back.
 */
@ProcureDeskIntegrationTest
class StockBrowserTest extends BrowserTest {

    static final String KEEPER = "george.warehouse";

    @Autowired
    PeopleDirectory people;
    @Autowired
    BranchAdministration branches;
    @Autowired
    WarehouseAdministration warehouses;
    @Autowired
    ConsumableCatalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    StockLevels levels;

    String code;
    long warehouse;
    String warehouseName;
    String sku;

    @BeforeEach
    void aWarehouseAndATonerOfTheirOwn() {
        code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        warehouseName = "IT warehouse " + code;
        sku = "T-" + code;
        warehouse = as(people, "alex.admin", () -> {
            long branchId = branches.create(new BranchForm(code, "Branch " + code, "Brasov", null)).id();
            return warehouses.create(new WarehouseForm(code, warehouseName, branchId, null)).id();
        });
        as(people, KEEPER, () -> catalogue.create(new ConsumableForm(sku, "Toner " + code, "pcs", "HP LaserJet M404",
                5, 20, 10, "IT Supplies SRL", 1, new BigDecimal("250.00"), true, null)));
    }

    @Test
    void theKeeperReceivesIssuesWithinTheStockAndReversesTheIssueFromTheDocumentList() {
        signInAndWait(KEEPER);
        browser.get(url("/stock"));

        choose("stock-receipt-warehouse", warehouseName);
        choose("stock-receipt-item", sku + " Toner " + code);
        type("stock-receipt-quantity", "12");
        type("stock-receipt-reason", "Delivery " + code);
        click(By.id("stock-receipt-save"));
        waitUpTo(20).until(driver -> onHand() == 12);

        String held = sku + " Toner " + code + " — " + warehouseName;
        choose("stock-issue-item", held);
        choose("stock-issue-recipient-kind", "Employee");
        type("stock-issue-recipient", "ana.requester");
        type("stock-issue-quantity", "15");
        click(By.id("stock-issue-save"));
        WebElement quantity = browser.findElement(By.id("stock-issue-quantity"));
        waitUpTo(20).until(ExpectedConditions.attributeToBe(quantity, "invalid", "true"));
        assertThat(quantity.getDomProperty("errorMessage"))
                .isEqualTo("Not enough Toner " + code + " in " + warehouseName + ": 12 left, 15 asked.");
        screenshot("stock-1-not-enough");
        type("stock-issue-quantity", "8");
        click(By.id("stock-issue-save"));
        waitUpTo(20).until(driver -> onHand() == 4);

        StockDocumentView issue = documents(StockDocumentKind.ISSUE).get(0);
        browser.get(url("/stock-documents"));
        choose("stock-documents-warehouse", warehouseName);
        choose("stock-documents-kind", "Issue");
        waitForRows("stock-documents", 1);
        gridCell(issue.number());
        screenshot("stock-2-documents");
        click(By.id("stock-documents-reverse-" + issue.number()));
        type("stock-reversal-reason", "Issued to the wrong person");
        click(By.id("stock-reversal-save"));

        waitUpTo(20).until(driver -> onHand() == 12);
        String reversal = documents(StockDocumentKind.REVERSAL).get(0).number();
        gridCell("Reversed by " + reversal);
        screenshot("stock-3-reversed");
    }

    private int onHand() {
        return as(people, KEEPER, () -> levels.levels(warehouse)).stream().filter(level -> level.sku().equals(sku))
                .mapToInt(StockLevel::onHand).sum();
    }

    private List<StockDocumentView> documents(StockDocumentKind kind) {
        return as(people, KEEPER, () -> ledger.documents(new StockDocumentFilter(kind, null, null, warehouse)));
    }
}
