package org.procuredesk.stock;

import java.math.BigDecimal;

/**
 * What a warehouse holds of a consumable, with what reordering it needs to know.
 *
 * @param leadTimeDemand how many are likely issued during the lead time: the last 30 days' issues from the warehouse,
 *                       per day, times the lead time in days, rounded up
 */
public record StockPosition(long itemId, String sku, String name, String unit, long warehouseId,
                            String warehouseName, int onHand, int reorderPoint, int maxLevel, int leadTimeDemand,
                            String preferredSupplier, int packSize, BigDecimal unitPrice) {

    public boolean atOrBelowReorderPoint() {
        return onHand <= reorderPoint;
    }
}
