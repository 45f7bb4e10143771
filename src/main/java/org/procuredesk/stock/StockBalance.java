package org.procuredesk.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;

/**
 * How many of a consumable a warehouse has on hand, read-only: {@link Balances} creates the row the first time
 * stock arrives and changes it only by conditional updates, never through this entity.
 */
@Entity
@Immutable
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
