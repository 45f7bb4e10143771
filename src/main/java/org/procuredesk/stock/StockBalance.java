package org.procuredesk.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How many of a consumable a warehouse has on hand. Created empty the first time stock arrives; after that
 * changed only by {@link StockBalanceRepository}'s conditional updates, never through this entity.
 */
@Entity
@Table(name = "stock_balance")
class StockBalance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private long warehouseId;

    @Column(name = "on_hand", nullable = false, updatable = false)
    private int onHand;

    protected StockBalance() {
    }

    StockBalance(long itemId, long warehouseId) {
        this.itemId = itemId;
        this.warehouseId = warehouseId;
    }

    long itemId() {
        return itemId;
    }

    long warehouseId() {
        return warehouseId;
    }

    int onHand() {
        return onHand;
    }
}
