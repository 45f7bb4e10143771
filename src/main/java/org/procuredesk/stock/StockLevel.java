package org.procuredesk.stock;

/** How many of a consumable a warehouse has, and whether that is at or below the point where it is reordered. */
public record StockLevel(String sku, String name, String unit, long warehouseId, String warehouseName, int onHand,
                        int reorderPoint, int maxLevel, boolean atOrBelowReorderPoint) {
}
