package org.procuredesk.inventory;

import static org.procuredesk.inventory.AssetCsv.CATEGORY;
import static org.procuredesk.inventory.AssetCsv.DESCRIPTION;
import static org.procuredesk.inventory.AssetCsv.HOLDER_KIND;
import static org.procuredesk.inventory.AssetCsv.HOLDER_REFERENCE;
import static org.procuredesk.inventory.AssetCsv.INVENTORY_NUMBER;
import static org.procuredesk.inventory.AssetCsv.MODEL;
import static org.procuredesk.inventory.AssetCsv.PURCHASE_DATE;
import static org.procuredesk.inventory.AssetCsv.PURCHASE_PRICE;
import static org.procuredesk.inventory.AssetCsv.RECEIPT_DOCUMENT;
import static org.procuredesk.inventory.AssetCsv.SERIAL_NUMBER;
import static org.procuredesk.inventory.AssetCsv.STATUS;
import static org.procuredesk.inventory.AssetCsv.SUPPLIER;
import static org.procuredesk.inventory.AssetCsv.WARRANTY_UNTIL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procuredesk.inventory.ImportFile.Row;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Message;

/**
 * Checks the rows of one imported file, each alone, giving every reason a row cannot go on the register. A row
 * accepted keeps its inventory number and serial number from later rows of the file; a rejected row keeps nothing,
 * so it never causes another's rejection.
 */
final class RowCheck {

    private final AssetRepository assets;
    private final Holders holders;
    private final Map<String, Integer> inventoryNumbers = new HashMap<>();
    private final Map<String, Integer> serialKeys = new HashMap<>();
    private final Map<Holder, Optional<Message>> holderRefusals = new HashMap<>();

    RowCheck(AssetRepository assets, Holders holders) {
        this.assets = assets;
        this.holders = holders;
    }

    Checked check(Row row) {
        RowValues values = new RowValues(row);
        String number = values.text(INVENTORY_NUMBER, 20, true);
        EquipmentCategory category = values.constant(CATEGORY, EquipmentCategory.class, "asset.import.unknownCategory");
        String model = values.text(MODEL, 200, false);
        String description = values.text(DESCRIPTION, 500, false);
        HolderKind kind = values.constant(HOLDER_KIND, HolderKind.class, "asset.import.unknownHolderKind");
        String reference = values.text(HOLDER_REFERENCE, 64, true);
        AssetStatus status = values.constant(STATUS, AssetStatus.class, "asset.import.unknownStatus");
        RegisterEntry entry = new RegisterEntry(number, values.text(SERIAL_NUMBER, 100, false), category, model,
                description != null || category == null ? description : Optional.ofNullable(model).orElse(category.name()),
                values.text(SUPPLIER, 200, false), values.text(RECEIPT_DOCUMENT, 64, false),
                values.date(PURCHASE_DATE, true), values.price(PURCHASE_PRICE), values.date(WARRANTY_UNTIL, false),
                kind == null || reference == null ? null : new Holder(kind, reference), status);
        List<Message> reasons = values.reasons();
        if (entry.holder() != null) {
            holderRefusal(entry.holder()).ifPresent(reasons::add);
            if (status != null) {
                HolderFit.refusal(entry.holder().kind(), status).ifPresent(reasons::add);
            }
        }
        duplicateNumber(number).ifPresent(reasons::add);
        Optional<String> serialKey = category == null || status == null ? Optional.empty() : entry.serialKey();
        serialKey.flatMap(key -> duplicateSerial(key, entry.serialNumber())).ifPresent(reasons::add);
        if (reasons.isEmpty()) {
            inventoryNumbers.put(Text.normalized(number), row.number());
            serialKey.ifPresent(key -> serialKeys.put(key, row.number()));
        }
        return new Checked(row.number(), number, entry, reasons);
    }

    private Optional<Message> holderRefusal(Holder holder) {
        return holderRefusals.computeIfAbsent(holder, unchecked -> {
            try {
                holders.known(unchecked);
                return Optional.empty();
            } catch (DomainException unknown) {
                return Optional.of(Message.of(unknown));
            }
        });
    }

    private Optional<Message> duplicateNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Integer first = inventoryNumbers.get(Text.normalized(number));
        if (first != null) {
            return Optional.of(Message.of("asset.import.numberInFile", number, first));
        }
        return assets.existsByInventoryNumberIgnoreCase(number)
                ? Optional.of(Message.of("asset.import.numberTaken", number)) : Optional.empty();
    }

    private Optional<Message> duplicateSerial(String key, String serialNumber) {
        Integer first = serialKeys.get(key);
        if (first != null) {
            return Optional.of(Message.of("asset.import.serialInFile", serialNumber, first));
        }
        return assets.existsBySerialKey(key) ? Optional.of(Message.of("asset.serialTaken", serialNumber))
                : Optional.empty();
    }

    /** A row checked: its entry for the register when no reason stands against it. */
    record Checked(int row, String inventoryNumber, RegisterEntry entry, List<Message> reasons) {

        boolean accepted() {
            return reasons.isEmpty();
        }

        RejectedRow rejected() {
            return new RejectedRow(row, inventoryNumber, List.copyOf(reasons));
        }
    }
}
