package org.procuredesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.BranchAdministration;
import org.procuredesk.people.BranchForm;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseAdministration;
import org.procuredesk.people.WarehouseForm;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each test starts with two empty warehouses of its own and makes consumables under SKUs nobody else has, since
 * every test shares one database. Steps run as the warehouse keeper unless a test signs in as somebody else.
 */
@ProcureDeskIntegrationTest
public abstract class WithConsumables {

    protected static final String KEEPER = "george.warehouse";

    @Autowired
    protected PeopleDirectory people;
    @Autowired
    protected ConsumableCatalogue catalogue;
    @Autowired
    protected StockLedger ledger;
    @Autowired
    StockLevels levels;
    @Autowired
    BranchAdministration branches;
    @Autowired
    WarehouseAdministration warehouses;

    protected long warehouse;
    protected long otherWarehouse;

    @BeforeEach
    protected void twoEmptyWarehouses() {
        warehouse = newWarehouse();
        otherWarehouse = newWarehouse();
    }

    protected long newWarehouse() {
        return SignedIn.as(people, "alex.admin", () -> {
            long branchId = branches.create(new BranchForm(code(), "Branch " + code(), "Brasov", null)).id();
            return warehouses.create(new WarehouseForm(code(), "IT warehouse " + code(), branchId, null)).id();
        });
    }

    /** A new consumable with a SKU of its own, reordered at 5 units. */
    protected String newItem(String name) {
        return asKeeper(() -> catalogue.create(form("T-" + code(), name, 5))).sku();
    }

    protected static ConsumableForm form(String sku, String name, int reorderPoint) {
        return new ConsumableForm(sku, name, "pcs", "HP LaserJet M404", reorderPoint, 20, 10, "IT Supplies SRL", 1,
                new BigDecimal("250.00"), true, null);
    }

    protected StockDocumentView receive(long at, String sku, int quantity) {
        return asKeeper(() -> ledger.receive(new StockForms.Receipt(at, List.of(line(sku, quantity)), "Delivery")));
    }

    protected StockDocumentView issueToAna(long from, StockForms.Line... lines) {
        return asKeeper(() -> ledger.issue(new StockForms.Issue(from, RecipientKind.EMPLOYEE, "ana.requester",
                List.of(lines), "Printer ran out")));
    }

    protected static StockForms.Line line(String sku, int quantity) {
        return new StockForms.Line(sku, quantity);
    }

    /** What the warehouse holds of the consumable: 0 when it never had any. */
    protected int onHand(String sku, long at) {
        return asKeeper(() -> levels.levels(at)).stream().filter(level -> level.sku().equals(sku))
                .mapToInt(StockLevel::onHand).sum();
    }

    protected <T> T asKeeper(Supplier<T> step) {
        return SignedIn.as(people, KEEPER, step);
    }

    /** The call is refused with the message the key names. */
    protected static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }

    private static String code() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
