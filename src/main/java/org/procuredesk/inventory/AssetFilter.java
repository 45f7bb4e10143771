package org.procuredesk.inventory;

import org.procuredesk.request.EquipmentCategory;

/**
 * Which assets a list shows; what is none does not filter.
 *
 * @param text part of the inventory number, serial number or model, case aside
 */
public record AssetFilter(String text, AssetStatus status, EquipmentCategory category) {
}
