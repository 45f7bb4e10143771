package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MONITOR;
import static org.procuredesk.request.EquipmentCategory.MOUSE;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An application takes what the warehouse has for all its lines, or nothing. */
class StockReservationTest extends AtAnEmptyWarehouse {

    @Test
    void reservesForEveryLineWhenTheWarehouseCoversThemAll() {
        fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"), item(MONITOR, "Dell P2422H"),
                item(MONITOR, "Dell P2422H"), item(MOUSE, "M185"));
        long application = fixtures.newApplication();

        List<AssetSummary> reserved = register.reserveInStock(application, warehouse,
                List.of(new StockNeed(LAPTOP, null, 1), new StockNeed(MONITOR, "Dell P2422H", 2)));

        assertThat(reserved).extracting(AssetSummary::category).containsExactlyInAnyOrder(LAPTOP, MONITOR, MONITOR);
        assertThat(reserved).allSatisfy(asset -> assertThat(asset.reservedForRequestId()).isEqualTo(application));
        assertThat(register.reservedFor(application)).containsExactlyInAnyOrderElementsOf(reserved);
    }

    @Test
    void reservesNothingWhenOneLineCannotBeCovered() {
        fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"), item(MONITOR, "Dell P2422H"));
        long application = fixtures.newApplication();

        List<AssetSummary> reserved = register.reserveInStock(application, warehouse,
                List.of(new StockNeed(LAPTOP, null, 1), new StockNeed(MONITOR, null, 2)));

        assertThat(reserved).isEmpty();
        assertThat(register.reservedFor(application)).isEmpty();
    }

    @Test
    void aNamedModelMatchesIgnoringCaseAndSpacesAndNoOtherModel() {
        fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"), item(LAPTOP, "Latitude 5440"));

        List<AssetSummary> reserved = register.reserveInStock(fixtures.newApplication(), warehouse,
                List.of(new StockNeed(LAPTOP, "  thinkpad t14 ", 1)));
        List<AssetSummary> none = register.reserveInStock(fixtures.newApplication(), warehouse,
                List.of(new StockNeed(LAPTOP, "ThinkPad X1", 1)));

        assertThat(reserved).extracting(AssetSummary::model).containsExactly("ThinkPad T14");
        assertThat(none).isEmpty();
    }

    @Test
    void aLineForAnyModelLeavesTheNamedModelToTheLineThatNamesIt() {
        fixtures.inStock(warehouse, item(MOUSE, "M185"), item(MOUSE, "MX Master"));

        List<AssetSummary> reserved = register.reserveInStock(fixtures.newApplication(), warehouse,
                List.of(new StockNeed(MOUSE, null, 1), new StockNeed(MOUSE, "MX Master", 1)));

        assertThat(reserved).extracting(AssetSummary::model).containsExactlyInAnyOrder("M185", "MX Master");
    }

    @Test
    void takesNeitherReservedStockNorAnotherWarehousesStock() {
        fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"));
        fixtures.inStock(fixtures.newWarehouse(), item(LAPTOP, "ThinkPad T14"));
        register.reserveInStock(fixtures.newApplication(), warehouse, List.of(new StockNeed(LAPTOP, null, 1)));

        assertThat(register.reserveInStock(fixtures.newApplication(), warehouse,
                List.of(new StockNeed(LAPTOP, null, 1)))).isEmpty();
    }

    @Test
    void releasedReservationsAreInStockForTheNextApplication() {
        fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"));
        long withdrawn = fixtures.newApplication();
        register.reserveInStock(withdrawn, warehouse, List.of(new StockNeed(LAPTOP, null, 1)));

        register.releaseReservations(withdrawn);
        register.releaseReservations(withdrawn);

        assertThat(register.reservedFor(withdrawn)).isEmpty();
        long next = fixtures.newApplication();
        assertThat(register.reserveInStock(next, warehouse, List.of(new StockNeed(LAPTOP, null, 1)))).hasSize(1)
                .allSatisfy(asset -> assertThat(asset.status()).isEqualTo(AssetStatus.IN_STOCK));
    }

    @Test
    void refusesASecondReservationForTheSameApplication() {
        fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"), item(LAPTOP, "ThinkPad T14"));
        long application = fixtures.newApplication();
        register.reserveInStock(application, warehouse, List.of(new StockNeed(LAPTOP, null, 1)));

        assertRefused(() -> register.reserveInStock(application, warehouse, List.of(new StockNeed(LAPTOP, null, 1))),
                "stock.alreadyReserved");
        assertThat(register.reservedFor(application)).hasSize(1);
    }

    @Test
    void refusesNeedsWithoutCategoryOrQuantityAndAnUnknownWarehouse() {
        long application = fixtures.newApplication();

        assertRefused(() -> register.reserveInStock(application, warehouse, List.of()), "stock.noNeeds");
        assertRefused(() -> register.reserveInStock(application, warehouse, List.of(new StockNeed(null, null, 1))),
                "stock.invalidNeed");
        assertRefused(() -> register.reserveInStock(application, warehouse, List.of(new StockNeed(LAPTOP, null, 0))),
                "stock.invalidNeed");
        assertRefused(() -> register.reserveInStock(application, Long.MAX_VALUE,
                List.of(new StockNeed(LAPTOP, null, 1))), "holder.unknown.WAREHOUSE");
    }
}
