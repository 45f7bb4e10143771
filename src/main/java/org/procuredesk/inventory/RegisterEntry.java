package org.procuredesk.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.procuredesk.request.EquipmentCategory;

/** An asset as a line of the register reads, every column of it: what a CSV export writes and an import reads. */
record RegisterEntry(String inventoryNumber, String serialNumber, EquipmentCategory category, String model,
                     String description, String supplier, String receiptDocumentNumber, LocalDate purchaseDate,
                     BigDecimal purchasePrice, LocalDate warrantyUntil, Holder holder, AssetStatus status) {

    /** What no two assets not written off may share; none when written off or without a serial number. */
    Optional<String> serialKey() {
        return status == AssetStatus.WRITTEN_OFF ? Optional.empty()
                : SerialKey.of(category, model, serialNumber);
    }
}
