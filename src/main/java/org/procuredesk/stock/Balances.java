package org.procuredesk.stock;

import org.procuredesk.system.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes balances exactly under concurrent use: each change is one conditional update of the balance row,
 * which the database runs on the latest committed value under the row's lock, so two issues of the last unit
 * cannot both take it and no balance goes below zero. A warehouse's first receipt of an item creates its row in
 * a transaction of its own; a receipt racing it may have created it already, and then that row is used.
 */
@Component
class Balances {

    private final StockBalanceRepository balances;
    private final TransactionTemplate newTransaction;

    Balances(StockBalanceRepository balances, PlatformTransactionManager transactions) {
        this.balances = balances;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void add(ConsumableItem item, long warehouseId, int quantity) {
        if (balances.onHand(item.getId(), warehouseId).isEmpty()) {
            create(item.getId(), warehouseId);
        }
        if (balances.add(item.getId(), warehouseId, quantity) != 1) {
            throw new IllegalStateException("No balance of item " + item.getId() + " in warehouse " + warehouseId);
        }
    }

    /** Refused, naming what is left, when the warehouse holds fewer than asked. */
    void take(ConsumableItem item, long warehouseId, String warehouseName, int quantity) {
        if (balances.take(item.getId(), warehouseId, quantity) == 0) {
            int left = balances.onHand(item.getId(), warehouseId).orElse(0);
            throw new DomainException("stock.notEnough", item.getName(), warehouseName, left, quantity);
        }
    }

    private void create(long itemId, long warehouseId) {
        try {
            newTransaction.executeWithoutResult(status -> balances.saveAndFlush(new StockBalance(itemId, warehouseId)));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // the racing receipt's row is the balance: add to it as usual
        }
    }
}
