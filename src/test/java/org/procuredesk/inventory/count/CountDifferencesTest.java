package org.procuredesk.inventory.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MONITOR;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;

/** What a count expects, frozen when it is ordered, and the differences its record shows against the register. */
class CountDifferencesTest extends AtACountedWarehouse {

    @Test
    void theExpectedListIsWhatTheWarehouseHeldWhenOrderedWithoutWrittenOffAssets() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"), item(LAPTOP, "T14"),
                item(MONITOR, "P24"));
        register.writeOff(stock.get(2).inventoryNumber());

        String number = orderCount();
        register.move(List.of(stock.get(1).inventoryNumber()), Holder.employee("ana.requester"), "Lent", SUPPORT);

        CountDetail count = detail(number);
        assertThat(number).matches("CNT-\\d{4}-\\d{6}");
        assertThat(count.summary().state()).isEqualTo(CountState.COUNTING);
        assertThat(count.summary().location()).isEqualTo(Holder.warehouse(warehouse));
        assertThat(count.summary().orderedByName()).isEqualTo("Victor Stan");
        assertThat(count.expectedLines()).extracting(CountLineView::inventoryNumber)
                .containsExactly(stock.get(0).inventoryNumber(), stock.get(1).inventoryNumber());
        assertThat(count.expectedLines()).noneMatch(CountLineView::found);
        assertThat(task(number).getTaskDefinitionKey()).isEqualTo(InventoryCountProcess.RECORD_COUNT);
    }

    @Test
    void everythingFoundAndNothingElseEndsTheCountWithNoDifferences() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"), item(MONITOR, "P24"));
        String number = orderCount();

        submit(number, linesOf(number, stock.get(0), stock.get(1)));

        CountDetail count = detail(number);
        assertThat(count.summary().state()).isEqualTo(CountState.NO_DIFFERENCES);
        assertThat(count.summary().recordedByName()).isEqualTo("Ion Marin");
        assertThat(count.differences()).isEmpty();
        assertThat(task(number)).isNull();
    }

    @Test
    void listsTheMissingTheSurplusAndWhatIsHeldByTheWrongHolder() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"), item(MONITOR, "P24"));
        AssetSummary elsewhere = fixtures.inStock(fixtures.newWarehouse(), item(LAPTOP, "X1")).get(0);
        AssetSummary bySerial = fixtures.inStock(fixtures.newWarehouse(), item(MONITOR, "U27")).get(0);
        String unknownSerial = "SN-UNKNOWN-" + UUID.randomUUID();
        String number = orderCount();

        addFound(number, new FoundItem(elsewhere.inventoryNumber(), null, null));
        addFound(number, new FoundItem(null, bySerial.serialNumber().toLowerCase(), null));
        addFound(number, new FoundItem(null, unknownSerial, "Docking station, no label"));
        submit(number, linesOf(number, stock.get(0)));

        CountDetail count = detail(number);
        assertThat(count.summary().state()).isEqualTo(CountState.AWAITING_APPROVAL);
        assertThat(line(number, stock.get(0).inventoryNumber()).difference()).isNull();
        assertThat(line(number, stock.get(1).inventoryNumber()).difference()).isEqualTo(Difference.MISSING);
        assertThat(line(number, elsewhere.inventoryNumber()).difference()).isEqualTo(Difference.WRONG_HOLDER);
        assertThat(line(number, elsewhere.inventoryNumber()).holderName()).isEqualTo(elsewhere.holderName());
        assertThat(line(number, bySerial.inventoryNumber()).difference()).isEqualTo(Difference.WRONG_HOLDER);
        assertThat(line(number, unknownSerial).difference()).isEqualTo(Difference.SURPLUS);
        assertThat(line(number, unknownSerial).description()).isEqualTo("Docking station, no label");
        assertThat(count.differences()).hasSize(4);
        assertThat(task(number).getTaskDefinitionKey()).isEqualTo(InventoryCountProcess.APPROVE_ADJUSTMENTS);
    }

    @Test
    void anExpectedAssetThatLeftOnADocumentSinceTheOrderIsNotMissing() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"), item(MONITOR, "P24"));
        String number = orderCount();
        register.move(List.of(stock.get(0).inventoryNumber()), Holder.employee("ana.requester"), "Lent", SUPPORT);
        register.move(List.of(stock.get(1).inventoryNumber()), Holder.employee("ana.requester"), "Lent", SUPPORT);

        submit(number, linesOf(number, stock.get(1)));

        assertThat(line(number, stock.get(0).inventoryNumber()).difference()).isNull();
        assertThat(line(number, stock.get(1).inventoryNumber()).difference()).isEqualTo(Difference.WRONG_HOLDER);
        assertThat(detail(number).differences()).hasSize(1);
    }
}
