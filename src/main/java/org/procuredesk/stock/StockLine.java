package org.procuredesk.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a stock document: how many of which consumable. */
@Embeddable
class StockLine {

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private int quantity;

    protected StockLine() {
    }

    StockLine(long itemId, int quantity) {
        this.itemId = itemId;
        this.quantity = quantity;
    }

    long itemId() {
        return itemId;
    }

    int quantity() {
        return quantity;
    }
}
