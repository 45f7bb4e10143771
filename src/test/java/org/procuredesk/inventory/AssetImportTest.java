package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.SignedIn;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An inventory kept in a spreadsheet brought onto the register: each row checked alone, the valid ones registered
 * under their own numbers with an opening document, the others reported with every reason.
 */
class AssetImportTest extends AtAnEmptyWarehouse {

    static final String HEADER = "inventory_number,serial_number,category,model,description,supplier,"
            + "receipt_document,purchase_date,purchase_price,warranty_until,holder_kind,holder_reference,holder_name,"
            + "status";

    @Autowired
    AssetImport importer;

    String prefix;

    @BeforeEach
    void ownNumbers() {
        prefix = "I" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void registersEachRowUnderItsOwnNumberWithADocumentSayingWhereItCameFrom() {
        ImportReport report = importAs("ion.support", "inventory.csv", false, HEADER,
                row("1", "SN1", "LAPTOP", "T14", "1250.50", "WAREHOUSE", String.valueOf(warehouse), "IN_STOCK"),
                row("2", "SN2", "MONITOR", "P24", "", "EMPLOYEE", "ana.requester", "IN_USE"));

        assertThat(report).isEqualTo(new ImportReport("inventory.csv", false, 2, 2, List.of()));
        AssetSummary laptop = register.findByInventoryNumber(number("1")).orElseThrow();
        assertThat(laptop.holder()).isEqualTo(Holder.warehouse(warehouse));
        assertThat(laptop.status()).isEqualTo(AssetStatus.IN_STOCK);
        assertThat(laptop.purchasePrice()).isEqualByComparingTo("1250.50");
        assertThat(laptop.warrantyUntil()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(register.findByInventoryNumber(number("2")).orElseThrow().holderName()).isEqualTo("Ana Popescu");
        MovementDocumentView opening = register.historyOf(number("1")).get(0);
        assertThat(opening.reason()).isEqualTo("Imported from inventory.csv");
        assertThat(opening.from()).isEqualTo(opening.to()).isEqualTo(Holder.warehouse(warehouse));
        assertThat(opening.recordedBy()).isEqualTo("ion.support");
    }

    @Test
    void rejectsEachBadRowWithEveryReasonAndStillRegistersTheGoodOnes() {
        String w = String.valueOf(warehouse);
        ImportReport report = importAs("victor.ithead", "bad.csv", false, HEADER,
                row("1", "SN1", "LAPTOP", "T14", "10", "WAREHOUSE", w, "IN_STOCK"),
                row("1", "SN9", "LAPTOP", "T14", "10", "WAREHOUSE", w, "IN_STOCK"),
                row("3", "SN1", "LAPTOP", "t14 ", "10", "WAREHOUSE", w, "IN_STOCK"),
                row("4", "SN4", "TOASTER", "T14", "10", "WAREHOUSE", w, "LOST"),
                row("5", "SN5", "LAPTOP", "T14", "ten", "WAREHOUSE", "nowhere", "IN_STOCK"),
                row("6", "SN6", "LAPTOP", "T14", "10", "EMPLOYEE", "nobody.here", "IN_USE"),
                row("7", "SN7", "LAPTOP", "T14", "10", "EMPLOYEE", "ana.requester", "WRITTEN_OFF"),
                row("8", "SN8", "LAPTOP", "T14", "10", "EMPLOYEE", "ana.requester", "IN_STOCK"),
                number("9") + ",SN10,LAPTOP,T14,,,,31.02.2026,10,,WAREHOUSE," + w + ",,IN_STOCK",
                ",SN11,,T14,,,,,10,,,,,IN_STOCK",
                row("12", "SN12", "LAPTOP", "T14", "-1", "WAREHOUSE", w, "IN_STOCK"));

        assertThat(report.rows()).isEqualTo(11);
        assertThat(report.registered()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::row).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(reasons(report, 3)).containsExactly(Message.of("asset.import.numberInFile", number("1"), 2));
        assertThat(reasons(report, 4)).containsExactly(Message.of("asset.import.serialInFile", prefix + "SN1", 2));
        assertThat(reasons(report, 5)).containsExactly(Message.of("asset.import.unknownCategory", "TOASTER"),
                Message.of("asset.import.unknownStatus", "LOST"));
        assertThat(reasons(report, 6)).containsExactly(Message.of("asset.import.badPrice", "ten"),
                Message.of("holder.unknown.WAREHOUSE", "nowhere"));
        assertThat(reasons(report, 7)).containsExactly(Message.of("holder.unknown.EMPLOYEE", "nobody.here"));
        assertThat(reasons(report, 8)).containsExactly(Message.of("asset.import.writtenOffHeld"));
        assertThat(reasons(report, 9)).containsExactly(Message.of("asset.import.inStockOutsideWarehouse"));
        assertThat(reasons(report, 10)).containsExactly(
                Message.of("asset.import.badDate", AssetCsv.PURCHASE_DATE, "31.02.2026"));
        assertThat(reasons(report, 11)).containsExactlyInAnyOrder(Message.of("asset.import.required", "inventory_number"),
                Message.of("asset.import.required", "category"), Message.of("asset.import.required", "purchase_date"),
                Message.of("asset.import.required", "holder_kind"),
                Message.of("asset.import.required", "holder_reference"));
        assertThat(reasons(report, 12)).containsExactly(Message.of("asset.price"));
        assertThat(register.findByInventoryNumber(number("1"))).isPresent();
        assertThat(register.findByInventoryNumber(number("4"))).isEmpty();
    }

    @Test
    void aSerialNumberOrInventoryNumberAlreadyOnTheRegisterIsADuplicate() {
        AssetSummary received = fixtures.inStock(warehouse, Register.item(EquipmentCategory.LAPTOP, "T14")).get(0);

        ImportReport report = importAs("ion.support", "dup.csv", false, HEADER,
                received.inventoryNumber() + ",,LAPTOP,T14,,,,2026-01-31,,,WAREHOUSE," + warehouse + ",,IN_STOCK",
                number("2") + "," + received.serialNumber().toLowerCase() + ",LAPTOP,T14,,,,2026-01-31,,,WAREHOUSE,"
                        + warehouse + ",,IN_STOCK");

        assertThat(reasons(report, 2)).containsExactly(
                Message.of("asset.import.numberTaken", received.inventoryNumber()));
        assertThat(reasons(report, 3)).containsExactly(
                Message.of("asset.serialTaken", received.serialNumber().toLowerCase()));
    }

    @Test
    void aCheckOnlyReportsWhatWouldBeRegisteredAndRegistersNothing() {
        ImportReport report = importAs("ion.support", "check.csv", true, HEADER,
                row("1", "SN1", "LAPTOP", "T14", "10", "WAREHOUSE", String.valueOf(warehouse), "IN_STOCK"),
                row("2", "SN2", "LAPTOP", "T14", "10", "WAREHOUSE", String.valueOf(warehouse), "LOST"));

        assertThat(report.checkOnly()).isTrue();
        assertThat(report.registered()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::row).containsExactly(3);
        assertThat(register.findByInventoryNumber(number("1"))).isEmpty();
    }

    @Test
    void importingTheSameFileAgainRegistersNothingTwice() {
        String[] rows = {HEADER,
            row("1", "SN1", "LAPTOP", "T14", "10", "WAREHOUSE", String.valueOf(warehouse), "IN_STOCK"),
            row("2", "", "LAPTOP", "T14", "10", "WAREHOUSE", String.valueOf(warehouse), "IN_STOCK")};
        importAs("ion.support", "again.csv", false, rows);

        ImportReport again = importAs("ion.support", "again.csv", false, rows);

        assertThat(again.registered()).isZero();
        assertThat(again.rejected()).extracting(rejected -> rejected.reasons().get(0).key())
                .containsExactly("asset.import.numberTaken", "asset.import.numberTaken");
        assertThat(register.historyOf(number("1"))).hasSize(1);
    }

    @Test
    void readsWhatSpreadsheetsWriteSemicolonsDayMonthYearDecimalCommasAndHeadersInAnyCase() {
        String header = "\uFEFFInventory Number;CATEGORY;Purchase-Date;purchase_price;Warranty_Until;holder_kind;"
                + "Holder Reference;Status;Description";
        ImportReport report = importAs("ion.support", "excel.csv", false, header,
                number("1") + ";laptop;31.01.2026;\"1.250,50\";31.01.2028;warehouse;" + warehouse + ";in stock;"
                        + "Laptop ăîșț",
                ";;;;;;;;");

        assertThat(report.rejected()).isEmpty();
        assertThat(report.rows()).isEqualTo(1);
        AssetSummary laptop = register.findByInventoryNumber(number("1")).orElseThrow();
        assertThat(laptop.purchasePrice()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThat(laptop.warrantyUntil()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(laptop.description()).isEqualTo("Laptop ăîșț");
    }

    @Test
    void receivedItemsSkipTheNumbersOfTheirSeriesAnImportAlreadyGaveAway() {
        AssetSummary first = fixtures.inStock(warehouse, Register.item(EquipmentCategory.MOUSE, "M185")).get(0);
        String series = first.inventoryNumber().substring(0, first.inventoryNumber().lastIndexOf('-') + 1);
        long last = Long.parseLong(first.inventoryNumber().substring(series.length()));
        String taken = series + "%06d".formatted(last + 1);
        importAs("ion.support", "old.csv", false, HEADER,
                taken + ",,MOUSE,M185,,,,2026-01-31,,,WAREHOUSE," + warehouse + ",,IN_STOCK");

        AssetSummary next = fixtures.inStock(warehouse, Register.item(EquipmentCategory.MOUSE, "M185")).get(0);

        assertThat(next.inventoryNumber()).isEqualTo(series + "%06d".formatted(last + 2));
    }

    @Test
    void aHeaderWithoutARequiredColumnRefusesTheWholeFile() {
        assertRefused(() -> importAs("ion.support", "x.csv", false, "inventory_number,category",
                number("1") + ",LAPTOP"), "asset.import.missingColumns");
        assertRefused(() -> importAs("ion.support", "x.csv", false, ""), "asset.import.empty");
    }

    @Test
    void onlyItSupportAndTheItHeadImport() {
        assertThatThrownBy(() -> importAs("george.warehouse", "x.csv", true, HEADER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importAs("irina.auditor", "x.csv", true, HEADER))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ImportReport importAs(String username, String fileName, boolean checkOnly, String... lines) {
        byte[] csv = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
        return SignedIn.as(fixtures.people, username,
                () -> importer.importCsv(fileName, new ByteArrayInputStream(csv), checkOnly));
    }

    /** A row bought 2026-01-31 with a warranty until 2028-01-31. */
    private String row(String number, String serial, String category, String model, String price, String holderKind,
                       String holderReference, String status) {
        return String.join(",", number(number), serial.isEmpty() ? "" : prefix + serial, category, model, "", "ACME",
                "NIR-1", "2026-01-31", price, "2028-01-31", holderKind, holderReference, "", status);
    }

    private String number(String suffix) {
        return prefix + "-" + suffix;
    }

    private static List<Message> reasons(ImportReport report, int row) {
        return report.rejected().stream().filter(rejected -> rejected.row() == row).findFirst().orElseThrow()
                .reasons();
    }
}
