package org.procuredesk.inventory;

import org.procuredesk.request.EquipmentCategory;

/** What one line of an application asks for; model null = any model of the category. */
public record StockNeed(EquipmentCategory category, String model, int quantity) {
}
