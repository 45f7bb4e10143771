package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.inventory.Register.PURCHASED;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MONITOR;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procuredesk.people.Race;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;

/** Received items go on the register in stock, reserved for their application, each under a number of its own. */
class ReceiptRegistrationTest extends AtAnEmptyWarehouse {

    @Autowired
    Messages messages;

    @Test
    void registersEachItemUnderItsOwnInventoryNumberWithItsWarranty() {
        long application = fixtures.newApplication();
        NewAsset laptop = new NewAsset(LAPTOP, " ThinkPad T14 ", "Laptop 14\"", " PF-" + UUID.randomUUID() + " ",
                "IT Supplies SRL", "NIR-2026-17", PURCHASED, new BigDecimal("4199.99"), 36);

        List<AssetSummary> registered = register.registerReceived(application, warehouse,
                List.of(laptop, item(MONITOR, "Dell P2422H"), item(MONITOR, "Dell P2422H")));

        assertThat(registered).extracting(AssetSummary::inventoryNumber).doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(number).matches("INV-\\d{4}-\\d{6}"));
        AssetSummary first = registered.get(0);
        assertThat(first.warrantyUntil()).isEqualTo(PURCHASED.plusMonths(36));
        assertThat(first.model()).isEqualTo("ThinkPad T14");
        assertThat(first.serialNumber()).isEqualTo(laptop.serialNumber().strip());
        assertThat(first.purchasePrice()).isEqualByComparingTo("4199.99");
        assertThat(first.receiptDocumentNumber()).isEqualTo("NIR-2026-17");
        assertThat(registered).allSatisfy(asset -> {
            assertThat(asset.status()).isEqualTo(AssetStatus.IN_STOCK);
            assertThat(asset.holder()).isEqualTo(Holder.warehouse(warehouse));
            assertThat(asset.holderName()).startsWith("IT warehouse ");
            assertThat(asset.reservedForRequestId()).isEqualTo(application);
        });
        assertThat(register.findByInventoryNumber(first.inventoryNumber())).hasValue(first);
        assertThat(register.reservedFor(application)).containsExactlyElementsOf(registered);
    }

    @Test
    void refusesASerialNumberAlreadyOnTheRegisterForTheSameCategoryAndModelAndRegistersNothing() {
        String serial = "SN-" + UUID.randomUUID();
        register.registerReceived(fixtures.newApplication(), warehouse, List.of(item(LAPTOP, "ThinkPad T14", serial)));
        long application = fixtures.newApplication();

        assertThatThrownBy(() -> register.registerReceived(application, warehouse, List.of(item(MONITOR, "P2422H"),
                item(LAPTOP, "thinkpad t14", serial.toLowerCase()))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).hasValue("items[1].serialNumber");
                    assertThat(messages.get(refusal, Messages.ROMANIAN)).isEqualTo("Numărul de serie "
                            + serial.toLowerCase() + " este deja în evidență pentru această categorie și acest model.");
                });
        assertThat(register.reservedFor(application)).isEmpty();
    }

    @Test
    void refusesTheSameSerialNumberTwiceInOneReceipt() {
        String serial = "SN-" + UUID.randomUUID();

        assertRefused(() -> register.registerReceived(fixtures.newApplication(), warehouse,
                List.of(item(LAPTOP, "ThinkPad T14", serial), item(LAPTOP, "ThinkPad T14", serial))),
                "asset.serialTaken");
    }

    @Test
    void acceptsTheSameSerialNumberForAnotherModelOrOnceTheFirstIsWrittenOff() {
        String serial = "SN-" + UUID.randomUUID();
        AssetSummary broken = fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14", serial)).get(0);

        fixtures.inStock(warehouse, item(LAPTOP, "Latitude 5440", serial));
        register.writeOff(broken.inventoryNumber());
        AssetSummary replacement = fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14", serial)).get(0);

        assertThat(replacement.serialNumber()).isEqualTo(serial);
        assertThat(register.findByInventoryNumber(broken.inventoryNumber()).orElseThrow().status())
                .isEqualTo(AssetStatus.WRITTEN_OFF);
    }

    @Test
    void ofTwoReceiptsRegisteringOneSerialNumberAtTheSameMomentOnlyOneDoes() throws Exception {
        String serial = "SN-" + UUID.randomUUID();
        long first = fixtures.newApplication();
        long second = fixtures.newApplication();

        List<Object> outcomes = Race.run(
                () -> register.registerReceived(first, warehouse, List.of(item(LAPTOP, "ThinkPad T14", serial))),
                () -> register.registerReceived(second, warehouse, List.of(item(LAPTOP, "ThinkPad T14", serial))));

        assertThat(outcomes).filteredOn(List.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                .extracting(refusal -> ((DomainException) refusal).getMessageKey())
                .isIn("asset.serialTaken", "asset.serialRegisteredMeanwhile");
        assertThat(register.reservedFor(first).size() + register.reservedFor(second).size()).isEqualTo(1);
    }

    @Test
    void refusesAnIncompleteItemOnTheFieldAtFault() {
        long application = fixtures.newApplication();
        NewAsset noDescription = new NewAsset(LAPTOP, "T14", " ", null, null, null, PURCHASED, null, 24);
        NewAsset negativePrice = new NewAsset(LAPTOP, "T14", "Laptop", null, null, null, PURCHASED,
                new BigDecimal("-1"), 24);
        NewAsset noDate = new NewAsset(LAPTOP, "T14", "Laptop", null, null, null, null, null, 24);

        assertThatThrownBy(() -> register.registerReceived(application, warehouse, List.of(item(LAPTOP, "T14"),
                noDescription))).isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getField()).hasValue("items[1].description"));
        assertRefused(() -> register.registerReceived(application, warehouse, List.of(negativePrice)), "asset.price");
        assertRefused(() -> register.registerReceived(application, warehouse, List.of(noDate)), "validation.required");
        assertRefused(() -> register.registerReceived(application, warehouse, List.of()), "asset.nothingToRegister");
        assertThat(register.reservedFor(application)).isEmpty();
    }
}
