package org.procuredesk.inventory.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MONITOR;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procuredesk.SignedIn;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a count refuses, changing nothing: an unknown place, a place already being counted, the same thing twice, late
 * records, the wrong person.
 */
class CountRefusalsTest extends AtACountedWarehouse {

    @Test
    void aCountOfAPlaceThatIsNoWarehouseOrBranchIsRefused() {
        int before = SignedIn.as(people, IT_HEAD, () -> counts.list()).size();

        assertRefused(() -> SignedIn.as(people, IT_HEAD,
                () -> orders.order(new CountOrder(HolderKind.WAREHOUSE, Long.MAX_VALUE))), "inventoryCount.unknownLocation");
        assertRefused(() -> SignedIn.as(people, IT_HEAD,
                () -> orders.order(new CountOrder(HolderKind.EMPLOYEE, 1L))), "inventoryCount.unknownLocation");

        assertThat(SignedIn.as(people, IT_HEAD, () -> counts.list())).hasSize(before);
    }

    @Test
    void aPlaceIsCountedOnceAtATimeAndAgainOnceItsCountIsOver() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"));
        String first = orderCount();

        assertThatThrownBy(this::orderCount).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.getMessageKey()).isEqualTo("inventoryCount.alreadyOpen");
            assertThat(refusal.getArguments()).containsExactly(first);
        });
        submit(first, linesOf(first, stock.get(0)));

        assertThat(orderCount()).isNotEqualTo(first);
    }

    @Test
    void theSameAssetOrItemIsNeverListedTwice() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"));
        AssetSummary elsewhere = fixtures.inStock(fixtures.newWarehouse(), item(MONITOR, "P24")).get(0);
        String unknownSerial = "SN-UNKNOWN-" + UUID.randomUUID();
        String number = orderCount();
        addFound(number, new FoundItem(elsewhere.inventoryNumber(), null, null));
        addFound(number, new FoundItem(null, unknownSerial, "Docking station"));

        assertRefused(() -> addFound(number, new FoundItem(stock.get(0).inventoryNumber(), null, null)),
                "inventoryCount.alreadyListed");
        assertRefused(() -> addFound(number, new FoundItem(null, elsewhere.serialNumber(), null)),
                "inventoryCount.alreadyListed");
        assertRefused(() -> addFound(number, new FoundItem(null, " " + unknownSerial.toLowerCase() + " ", "Again")),
                "inventoryCount.alreadyListed");
        assertRefused(() -> addFound(number, new FoundItem(null, "SN-UNKNOWN-" + UUID.randomUUID(), null)),
                "inventoryCount.describeUnknown");
        assertRefused(() -> addFound(number, new FoundItem("INV-0000-000000", null, null)),
                "inventoryCount.unknownInventoryNumber");
        assertThat(detail(number).lines()).hasSize(3);
    }

    @Test
    void nothingIsRecordedOnACountOnceItIsSubmitted() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"));
        AssetSummary elsewhere = fixtures.inStock(fixtures.newWarehouse(), item(MONITOR, "P24")).get(0);
        String number = orderCount();
        Set<Long> laptop = linesOf(number, stock.get(0));
        submit(number, laptop);

        assertRefused(() -> SignedIn.as(people, SUPPORT, () -> recording.save(number, Set.of())),
                "inventoryCount.notCounting");
        assertRefused(() -> addFound(number, new FoundItem(elsewhere.inventoryNumber(), null, null)),
                "inventoryCount.notCounting");
        assertThat(detail(number).lines()).singleElement().satisfies(line -> assertThat(line.found()).isTrue());
    }

    @Test
    void onlyItSupportRecordsAndOnlyTheItHeadOrdersAndApproves() {
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, "T14"));
        String number = orderCount();
        Set<Long> laptop = linesOf(number, stock.get(0));

        for (String other : List.of(IT_HEAD, "george.warehouse", "ana.requester")) {
            assertThatThrownBy(() -> SignedIn.as(people, other, () -> recording.save(number, laptop)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> SignedIn.as(people, SUPPORT,
                () -> orders.order(new CountOrder(HolderKind.WAREHOUSE, warehouse))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(people, SUPPORT, () -> approval.decide(task(number).getId(),
                InventoryCountProcess.Decision.APPROVED, Set.of(), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(detail(number).expectedLines()).noneMatch(CountLineView::found);
    }
}
