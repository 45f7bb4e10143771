package org.procuredesk.replenishment;

/**
 * How many to order: up to the maximum level from what is on hand (nothing else is on order while a replenishment is
 * open), in whole packs of the supplier's, and at least one pack (a stock at its maximum that still sits at the
 * reorder point gets one).
 */
final class OrderQuantity {

    private OrderQuantity() {
    }

    static int of(int maxLevel, int onHand, int packSize) {
        int missing = Math.max(maxLevel - onHand, 1);
        return (missing + packSize - 1) / packSize * packSize;
    }
}
