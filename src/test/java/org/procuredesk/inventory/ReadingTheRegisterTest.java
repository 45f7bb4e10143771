package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MOUSE;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procuredesk.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The Equipment list finds assets by part of a number or model, status and category; everyone lists what they hold. */
class ReadingTheRegisterTest extends AtAnEmptyWarehouse {

    @Autowired
    EquipmentSearch search;
    @Autowired
    MyEquipment myEquipment;

    @Test
    void findsByPartOfANumberOrModelCaseAsideAndByStatusAndCategory() {
        String model = "Model_" + UUID.randomUUID();
        List<AssetSummary> stock = fixtures.inStock(warehouse, item(LAPTOP, model), item(MOUSE, model));
        String serial = stock.get(0).serialNumber();

        List<AssetSummary> byModel = asSupport(new AssetFilter(model.toLowerCase(), null, null));
        List<AssetSummary> bySerial = asSupport(new AssetFilter(serial.substring(3, 20).toUpperCase(), null, null));
        List<AssetSummary> mice = asSupport(new AssetFilter(model, AssetStatus.IN_STOCK, MOUSE));
        List<AssetSummary> inUse = asSupport(new AssetFilter(model, AssetStatus.IN_USE, null));
        List<AssetSummary> wildcard = asSupport(new AssetFilter("model%" + model.substring(6), null, null));

        assertThat(byModel).containsExactlyElementsOf(stock);
        assertThat(bySerial).containsExactly(stock.get(0));
        assertThat(mice).containsExactly(stock.get(1));
        assertThat(inUse).isEmpty();
        assertThat(wildcard).isEmpty();
        long counted = SignedIn.as(fixtures.people, "irina.auditor", () -> search.count(new AssetFilter(model, null, null)));
        assertThat(counted).isEqualTo(2);
    }

    @Test
    void everyoneListsWhatTheyHoldButNothingWrittenOff() {
        long application = fixtures.newApplication();
        List<AssetSummary> issued = register.registerReceived(application, warehouse,
                List.of(item(LAPTOP, "ThinkPad T14"), item(MOUSE, "M185")));
        register.issueReservedTo(application, "ana.requester", null, "george.warehouse");
        register.writeOff(issued.get(1).inventoryNumber());

        List<String> held = SignedIn.as(fixtures.people, "ana.requester", () -> myEquipment
                .page(0, (int) myEquipment.count()).stream().map(AssetSummary::inventoryNumber).toList());
        List<AssetSummary> georges = SignedIn.as(fixtures.people, "george.warehouse", () -> myEquipment.page(0, 50));

        assertThat(held).contains(issued.get(0).inventoryNumber()).doesNotContain(issued.get(1).inventoryNumber());
        assertThat(georges).extracting(AssetSummary::inventoryNumber).doesNotContain(issued.get(0).inventoryNumber());
    }

    @Test
    void aRequesterDoesNotSearchTheRegister() {
        assertThatThrownBy(() -> SignedIn.as(fixtures.people, "ana.requester",
                () -> search.count(new AssetFilter(null, null, null)))).isInstanceOf(AccessDeniedException.class);
    }

    private List<AssetSummary> asSupport(AssetFilter filter) {
        return SignedIn.as(fixtures.people, "ion.support", () -> search.page(filter, 0, 50));
    }
}
