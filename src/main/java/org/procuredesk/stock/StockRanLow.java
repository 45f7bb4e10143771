package org.procuredesk.stock;

/**
 * A document took stock out of a warehouse (an issue, a transfer away, a reversed receipt) and left what it holds of
 * the consumable at or below its reorder point. Published in the posting's transaction; listeners that act on it
 * after the commit see the stock it left.
 */
public record StockRanLow(long itemId, long warehouseId) {
}
