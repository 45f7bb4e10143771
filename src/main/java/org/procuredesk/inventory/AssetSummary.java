package org.procuredesk.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.procuredesk.request.EquipmentCategory;

/**
 * An asset as lists and other features see it, with the name of who holds it now.
 *
 * @param warrantyUntil         the last day of the vendor's warranty, from the purchase date and its months
 * @param extendedWarrantyUntil the last day of a warranty extension bought later; none when none was
 */
public record AssetSummary(long id, String inventoryNumber, String serialNumber, EquipmentCategory category,
                           String model, String description, AssetStatus status, Holder holder, String holderName,
                           LocalDate warrantyUntil, BigDecimal purchasePrice, String receiptDocumentNumber,
                           Long reservedForRequestId, LocalDate purchaseDate, String supplier,
                           LocalDate extendedWarrantyUntil) {

    /** The last day a fault is repaired under warranty: the later of the vendor's and the extension; none if neither. */
    public LocalDate warrantyEnd() {
        if (extendedWarrantyUntil == null) {
            return warrantyUntil;
        }
        return warrantyUntil == null || extendedWarrantyUntil.isAfter(warrantyUntil) ? extendedWarrantyUntil
                : warrantyUntil;
    }
}
