package org.procuredesk.stock;

import java.math.BigDecimal;

/** A consumable as the catalogue shows it. */
public record ConsumableSummary(Long id, long version, String sku, String name, String unit, String compatibleDevices,
                                int reorderPoint, int maxLevel, int leadTimeDays, String preferredSupplier,
                                int packSize, BigDecimal unitPrice, boolean active) {
}
