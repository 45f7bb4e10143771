package org.procuredesk.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.procuredesk.request.EquipmentCategory;

/** An asset as lists and other features see it, with the name of who holds it now. */
public record AssetSummary(long id, String inventoryNumber, String serialNumber, EquipmentCategory category,
                           String model, String description, AssetStatus status, Holder holder, String holderName,
                           LocalDate warrantyUntil, BigDecimal purchasePrice, String receiptDocumentNumber,
                           Long reservedForRequestId) {
}
