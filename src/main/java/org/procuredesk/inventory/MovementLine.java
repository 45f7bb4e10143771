package org.procuredesk.inventory;

import org.procuredesk.request.EquipmentCategory;

/** One asset a movement document moved. */
public record MovementLine(String inventoryNumber, String serialNumber, EquipmentCategory category, String model,
                           String description) {
}
