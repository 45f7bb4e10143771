package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MOUSE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What is reserved for an application is issued to the requester on one movement document; written off never moves. */
class IssueAndMovementTest extends AtAnEmptyWarehouse {

    @Autowired
    Clock clock;

    @Test
    void issuesEverythingReservedOnOneMovementDocumentAndTheEmployeeHoldsIt() {
        long application = fixtures.newApplication();
        List<AssetSummary> received = register.registerReceived(application, warehouse,
                List.of(item(LAPTOP, "ThinkPad T14"), item(MOUSE, "M185")));

        MovementDocumentView issued = register.issueReservedTo(application, "ana.requester",
                "Issued for the application", "george.warehouse");

        assertThat(issued.number()).matches("MOV-\\d{4}-\\d{6}");
        assertThat(issued.date()).isEqualTo(LocalDate.now(clock));
        assertThat(issued.from()).isEqualTo(Holder.warehouse(warehouse));
        assertThat(issued.fromName()).startsWith("IT warehouse ");
        assertThat(issued.to()).isEqualTo(Holder.employee("ana.requester"));
        assertThat(issued.toName()).isEqualTo("Ana Popescu");
        assertThat(issued.recordedByName()).isEqualTo("George Lazar");
        assertThat(issued.reason()).isEqualTo("Issued for the application");
        assertThat(issued.lines()).extracting(MovementLine::inventoryNumber)
                .containsExactlyElementsOf(received.stream().map(AssetSummary::inventoryNumber).toList());
        assertThat(register.reservedFor(application)).isEmpty();
        assertThat(received).allSatisfy(asset -> assertThat(register.findByInventoryNumber(asset.inventoryNumber()))
                .hasValueSatisfying(now -> {
                    assertThat(now.status()).isEqualTo(AssetStatus.IN_USE);
                    assertThat(now.holder()).isEqualTo(Holder.employee("ana.requester"));
                    assertThat(now.holderName()).isEqualTo("Ana Popescu");
                    assertThat(now.reservedForRequestId()).isNull();
                }));
        assertThat(register.movementsForRequest(application)).containsExactly(issued);
        assertThat(register.movement(issued.number())).hasValue(issued);
        assertThat(register.historyOf(received.get(0).inventoryNumber())).containsExactly(issued);
    }

    @Test
    void refusesToIssueWhenNothingIsReservedOrToSomeoneWhoIsNotAnActivePerson() {
        long application = fixtures.newApplication();
        assertRefused(() -> register.issueReservedTo(application, "ana.requester", null, "george.warehouse"),
                "stock.nothingReserved");

        register.registerReceived(application, warehouse, List.of(item(LAPTOP, "ThinkPad T14")));
        assertRefused(() -> register.issueReservedTo(application, "nobody.here", null, "george.warehouse"),
                "holder.unknown.EMPLOYEE");
        assertRefused(() -> register.issueReservedTo(application, "ana.requester", null, " "),
                "movement.recordedByRequired");
        assertThat(register.reservedFor(application)).hasSize(1);
        assertThat(register.movementsForRequest(application)).isEmpty();
    }

    @Test
    void aWrittenOffAssetNeverMoves() {
        AssetSummary laptop = fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14")).get(0);
        register.writeOff(laptop.inventoryNumber());

        assertRefused(() -> register.move(List.of(laptop.inventoryNumber()), Holder.employee("ana.requester"),
                "Replacement", "ion.support"), "asset.writtenOff");
        assertRefused(() -> register.writeOff(laptop.inventoryNumber()), "asset.writtenOff");
        assertThat(register.historyOf(laptop.inventoryNumber())).isEmpty();
        assertThat(register.findByInventoryNumber(laptop.inventoryNumber()).orElseThrow().holder())
                .isEqualTo(Holder.warehouse(warehouse));
    }

    @Test
    void movesBetweenHoldersAndKeepsTheHistory() {
        AssetSummary laptop = fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14")).get(0);
        long otherWarehouse = fixtures.newWarehouse();

        MovementDocumentView toAna = register.move(List.of(laptop.inventoryNumber()), Holder.employee("ana.requester"),
                "Temporary laptop", "ion.support");
        MovementDocumentView back = register.move(List.of(laptop.inventoryNumber()), Holder.warehouse(otherWarehouse),
                "Returned", "george.warehouse");

        assertThat(register.historyOf(laptop.inventoryNumber())).containsExactly(toAna, back);
        assertThat(register.findByInventoryNumber(laptop.inventoryNumber()).orElseThrow().status())
                .isEqualTo(AssetStatus.IN_STOCK);
        assertRefused(() -> register.move(List.of(laptop.inventoryNumber()), Holder.warehouse(otherWarehouse),
                null, "george.warehouse"), "movement.sameHolder");
    }

    @Test
    void reservedAssetsMoveOnlyWhenIssuedAndAssetsOfSeveralHoldersNeverOnOneDocument() {
        long application = fixtures.newApplication();
        AssetSummary reserved = register.registerReceived(application, warehouse, List.of(item(LAPTOP, "T14"))).get(0);
        AssetSummary here = fixtures.inStock(warehouse, item(MOUSE, "M185")).get(0);
        AssetSummary elsewhere = fixtures.inStock(fixtures.newWarehouse(), item(MOUSE, "M185")).get(0);

        assertRefused(() -> register.move(List.of(reserved.inventoryNumber()), Holder.employee("ana.requester"),
                null, "ion.support"), "movement.reservedAsset");
        assertRefused(() -> register.writeOff(reserved.inventoryNumber()), "asset.reserved");
        assertRefused(() -> register.move(List.of(here.inventoryNumber(), elsewhere.inventoryNumber()),
                Holder.employee("ana.requester"), null, "ion.support"), "movement.severalHolders");
        assertRefused(() -> register.move(List.of("INV-0000-000000"), Holder.employee("ana.requester"), null,
                "ion.support"), "movement.unknownAsset");
    }
}
