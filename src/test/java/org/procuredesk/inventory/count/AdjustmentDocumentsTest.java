package org.procuredesk.inventory.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MONITOR;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.inventory.count.InventoryCountProcess.Decision;

/** What the IT head's approval makes of a count's differences, and what a recount or a refusal leaves as it was. */
class AdjustmentDocumentsTest extends AtACountedWarehouse {

    AssetSummary found;
    AssetSummary missing;
    AssetSummary elsewhere;
    String unknownSerial;

    /** A count with one asset found, one missing, one held elsewhere and one item the register does not know. */
    String countWithDifferences() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"), item(MONITOR, "P24"));
        found = stock.get(0);
        missing = stock.get(1);
        elsewhere = fixtures.inStock(fixtures.newWarehouse(), item(LAPTOP, "X1")).get(0);
        unknownSerial = "SN-UNKNOWN-" + UUID.randomUUID();
        String number = orderCount();
        addFound(number, new FoundItem(elsewhere.inventoryNumber(), null, null));
        addFound(number, new FoundItem(null, unknownSerial, "Docking station"));
        submit(number, linesOf(number, found));
        return number;
    }

    @Test
    void approvalMovesWhatIsHeldElsewhereAndWritesOffTheMissingOnAnAdjustmentDocument() {
        String number = countWithDifferences();

        decide(number, Decision.APPROVED, Set.of(), null);

        CountDetail count = detail(number);
        String adjustment = count.summary().adjustmentNumber();
        assertThat(count.summary().state()).isEqualTo(CountState.APPROVED);
        assertThat(count.summary().approvedByName()).isEqualTo("Victor Stan");
        assertThat(adjustment).matches("ADJ-\\d{4}-\\d{6}");
        assertThat(task(number)).isNull();

        AssetSummary moved = register.findByInventoryNumber(elsewhere.inventoryNumber()).orElseThrow();
        assertThat(moved.holder()).isEqualTo(Holder.warehouse(warehouse));
        List<MovementDocumentView> history = register.historyOf(elsewhere.inventoryNumber());
        MovementDocumentView movement = history.get(history.size() - 1);
        assertThat(movement.from()).isEqualTo(elsewhere.holder());
        assertThat(movement.to()).isEqualTo(Holder.warehouse(warehouse));
        assertThat(movement.reason()).contains(number);
        assertThat(line(number, elsewhere.inventoryNumber()).resolution()).isEqualTo(Resolution.MOVED);
        assertThat(line(number, elsewhere.inventoryNumber()).documentNumber()).isEqualTo(movement.number());

        assertThat(register.findByInventoryNumber(missing.inventoryNumber()).orElseThrow().status())
                .isEqualTo(AssetStatus.WRITTEN_OFF);
        assertThat(line(number, missing.inventoryNumber()).resolution()).isEqualTo(Resolution.WRITTEN_OFF);
        assertThat(line(number, missing.inventoryNumber()).documentNumber()).isEqualTo(adjustment);
        assertThat(line(number, unknownSerial).resolution()).isEqualTo(Resolution.TO_REGISTER);
        assertThat(line(number, unknownSerial).documentNumber()).isEqualTo(adjustment);
        assertThat(register.findByInventoryNumber(found.inventoryNumber()).orElseThrow().status())
                .isEqualTo(AssetStatus.IN_STOCK);
    }

    @Test
    void differencesLeftOutNeedACommentAndStayAsTheyWere() {
        String number = countWithDifferences();
        Set<Long> leftOut = Set.of(line(number, missing.inventoryNumber()).id());

        assertRefused(() -> decide(number, Decision.APPROVED, leftOut, " "), "inventoryCount.exclusionNeedsComment");
        assertThat(detail(number).summary().state()).isEqualTo(CountState.AWAITING_APPROVAL);

        decide(number, Decision.APPROVED, leftOut, "The monitor is at the repair shop");

        assertThat(register.findByInventoryNumber(missing.inventoryNumber()).orElseThrow().status())
                .isEqualTo(AssetStatus.IN_STOCK);
        assertThat(line(number, missing.inventoryNumber()).resolution()).isEqualTo(Resolution.EXCLUDED);
        assertThat(line(number, missing.inventoryNumber()).documentNumber()).isNull();
        assertThat(detail(number).summary().approvalComment()).isEqualTo("The monitor is at the repair shop");
        assertThat(line(number, unknownSerial).resolution()).isEqualTo(Resolution.TO_REGISTER);
    }

    @Test
    void aCountSentBackIsRecordedAgainAndNothingIsAdjusted() {
        String number = countWithDifferences();

        assertRefused(() -> decide(number, Decision.RECOUNT, Set.of(), null), "inventoryCount.recountNeedsComment");
        decide(number, Decision.RECOUNT, Set.of(), "Look for the monitor in the meeting room");

        assertThat(detail(number).summary().state()).isEqualTo(CountState.COUNTING);
        assertThat(detail(number).differences()).isEmpty();
        assertThat(task(number).getTaskDefinitionKey()).isEqualTo(InventoryCountProcess.RECORD_COUNT);
        assertThat(register.findByInventoryNumber(missing.inventoryNumber()).orElseThrow().status())
                .isEqualTo(AssetStatus.IN_STOCK);
        assertThat(register.findByInventoryNumber(elsewhere.inventoryNumber()).orElseThrow().holder())
                .isEqualTo(elsewhere.holder());

        submit(number, linesOf(number, found, missing));
        assertThat(line(number, missing.inventoryNumber()).difference()).isNull();
        assertThat(detail(number).summary().state()).isEqualTo(CountState.AWAITING_APPROVAL);
    }
}
