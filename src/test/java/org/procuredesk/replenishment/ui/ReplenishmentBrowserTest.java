package org.procuredesk.replenishment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.procuredesk.BrowserTest;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.replenishment.ReplenishmentProcess;
import org.procuredesk.replenishment.ReplenishmentView;
import org.procuredesk.replenishment.Replenishments;
import org.procuredesk.stock.ConsumableCatalogue;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.stock.RecipientKind;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLedger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The warehouse keeper sees the replenishment an issue started; IT support orders it from its task in the browser. */
@ProcureDeskIntegrationTest
class ReplenishmentBrowserTest extends BrowserTest {

    static final String KEEPER = "george.warehouse";

    @Autowired
    PeopleDirectory people;
    @Autowired
    ConsumableCatalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    Replenishments replenishments;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theKeeperSeesTheReplenishmentAndItSupportOrdersItFromTheTaskList() {
        ReplenishmentView replenishment = emptiedStock();

        signInAndWait(KEEPER);
        browser.get(url("/replenishments"));
        gridCell(replenishment.number());
        gridCell("Waiting for its budget");
        screenshot("replenishments-" + KEEPER);

        runtimeService.correlateMessage(ReplenishmentProcess.MESSAGE_BUDGET_APPROVED, replenishment.number());
        forgetPreviousVisitor();
        signInAndWait("ion.support");
        browser.get(url("/tasks/" + taskService.createTaskQuery()
                .processInstanceBusinessKey(replenishment.number()).singleResult().getId()));
        assertThat(textOf("replenishment-number")).isEqualTo(replenishment.number());
        type("replenishment-supplierOrderReference", "PD-BROWSER-1");
        pickDate("replenishment-expectedDelivery", LocalDate.now().plusDays(5));
        click(By.id("replenishment-order"));
        waitUpTo(20).until(ExpectedConditions.urlMatches(".*/tasks$"));

        assertThat(SignedIn.as(people, KEEPER, () -> replenishments.detail(replenishment.number()))
                .supplierOrderReference()).isEqualTo("PD-BROWSER-1");
    }

    /** A consumable of its own, kept from 2 to 10 in the first warehouse, received and issued down to none. */
    private ReplenishmentView emptiedStock() {
        String sku = "RB-" + Long.toHexString(System.nanoTime()).toUpperCase();
        long warehouse = jdbc.queryForObject("select min(id) from warehouse", Long.class);
        return SignedIn.as(people, KEEPER, () -> {
            catalogue.create(new ConsumableForm(sku, "Toner Lexmark 56F", "pcs", null, 2, 10, 10, "Print Depot SRL",
                    1, new BigDecimal("12.00"), true, null));
            List<StockForms.Line> lines = List.of(new StockForms.Line(sku, 2));
            ledger.receive(new StockForms.Receipt(warehouse, lines, null));
            ledger.issue(new StockForms.Issue(warehouse, RecipientKind.EMPLOYEE, "ana.requester", lines, null));
            return replenishments.list().stream().filter(one -> one.sku().equals(sku)).findFirst().orElseThrow();
        });
    }
}
