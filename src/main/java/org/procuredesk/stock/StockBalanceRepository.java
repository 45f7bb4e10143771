package org.procuredesk.stock;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StockBalanceRepository extends JpaRepository<StockBalance, Long> {

    /** Adds to the balance in one statement; 0 when the warehouse has no balance of the item yet. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update stock_balance set on_hand = on_hand + :quantity, version = version + 1"
            + " where item_id = :item and warehouse_id = :warehouse", nativeQuery = true)
    int add(@Param("item") long itemId, @Param("warehouse") long warehouseId, @Param("quantity") int quantity);

    /** Takes from the balance in one statement, only if it holds that many: 1 when taken, 0 when not. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update stock_balance set on_hand = on_hand - :quantity, version = version + 1"
            + " where item_id = :item and warehouse_id = :warehouse and on_hand >= :quantity", nativeQuery = true)
    int take(@Param("item") long itemId, @Param("warehouse") long warehouseId, @Param("quantity") int quantity);

    @Query("select b.onHand from StockBalance b where b.itemId = :item and b.warehouseId = :warehouse")
    Optional<Integer> onHand(@Param("item") long itemId, @Param("warehouse") long warehouseId);

    @Query("select b from StockBalance b where :warehouse is null or b.warehouseId = :warehouse")
    List<StockBalance> findInWarehouse(@Param("warehouse") Long warehouseId);

    @Query("select b from StockBalance b, ConsumableItem i where i.id = b.itemId and i.active = true"
            + " and b.onHand <= i.reorderPoint order by b.itemId, b.warehouseId")
    List<StockBalance> findAtOrBelowReorderPoint();
}
