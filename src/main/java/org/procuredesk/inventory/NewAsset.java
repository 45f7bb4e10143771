package org.procuredesk.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.procuredesk.request.EquipmentCategory;

/** One received item to register. */
public record NewAsset(EquipmentCategory category, String model, String description, String serialNumber,
                       String supplier, String receiptDocumentNumber, LocalDate purchaseDate,
                       BigDecimal purchasePrice, int warrantyMonths) {
}
