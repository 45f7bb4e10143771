package org.procuredesk.stock;

import org.procuredesk.system.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Changes balances exactly under concurrent use: each change is one conditional update of the balance row,
 * which the database runs on the latest committed value under the row's lock, so two issues of the last unit
 * cannot both take it and no balance goes below zero. A warehouse's first receipt of an item inserts its row
 * in the same transaction; when a receipt racing it inserted the row first, the insert fails alone (plain JDBC,
 * so the transaction goes on) and the receipt adds to that row.
 */
@Component
class Balances {

    private final StockBalanceRepository balances;
    private final JdbcTemplate jdbc;

    Balances(StockBalanceRepository balances, JdbcTemplate jdbc) {
        this.balances = balances;
        this.jdbc = jdbc;
    }

    void add(ConsumableItem item, long warehouseId, int quantity) {
        if (balances.add(item.getId(), warehouseId, quantity) == 1) {
            return;
        }
        createIfAbsent(item.getId(), warehouseId);
        if (balances.add(item.getId(), warehouseId, quantity) != 1) {
            throw new IllegalStateException("No balance of item " + item.getId() + " in warehouse " + warehouseId);
        }
    }

    /**
     * Refused, naming what is left, when the warehouse holds fewer than asked. Returns what is left: read under the
     * row's lock this transaction now holds, so exactly what this take left.
     */
    int take(ConsumableItem item, long warehouseId, String warehouseName, int quantity) {
        boolean taken = balances.take(item.getId(), warehouseId, quantity) == 1;
        int left = balances.onHand(item.getId(), warehouseId).orElse(0);
        if (!taken) {
            throw new DomainException("stock.notEnough", item.getName(), warehouseName, left, quantity);
        }
        return left;
    }

    private void createIfAbsent(long itemId, long warehouseId) {
        try {
            jdbc.update("insert into stock_balance (version, item_id, warehouse_id, on_hand) values (0, ?, ?, 0)",
                    itemId, warehouseId);
        } catch (DuplicateKeyException createdMeanwhile) {
            // the racing receipt's row is the balance: add to it as usual
        }
    }
}
