package org.procuredesk.replenishment;

import org.procuredesk.stock.StockRanLow;
import org.procuredesk.system.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once a stock document that ran a consumable low is committed, starts its replenishment for the warehouse, unless
 * one is open. The document stands whatever happens here: a start that fails is logged, and the daily check
 * ({@link ReplenishmentCheck}) starts it later.
 */
@Component
class ReplenishmentTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(ReplenishmentTrigger.class);

    private final ReplenishmentStart start;

    ReplenishmentTrigger(ReplenishmentStart start) {
        this.start = start;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void stockRanLow(StockRanLow low) {
        try {
            start.startInOwnTransaction(low.itemId(), low.warehouseId(), CurrentUser.username());
        } catch (RuntimeException failed) {
            LOG.error("Could not start the replenishment of item {} for warehouse {}; the daily check will",
                    low.itemId(), low.warehouseId(), failed);
        }
    }
}
