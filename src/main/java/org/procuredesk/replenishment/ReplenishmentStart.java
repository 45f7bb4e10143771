package org.procuredesk.replenishment;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.procuredesk.system.DocumentNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the replenishment of a consumable for a warehouse, unless one is open: the row and its process together.
 * The open replenishment's unique key decides a race: when another start saved its row first, this one's insert
 * fails and rolls back with its number, and nothing is started.
 */
@Component
class ReplenishmentStart {

    private static final Logger LOG = LoggerFactory.getLogger(ReplenishmentStart.class);

    private final ReplenishmentRepository replenishments;
    private final DocumentNumbers numbers;
    private final RuntimeService runtimeService;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ReplenishmentStart(ReplenishmentRepository replenishments, DocumentNumbers numbers,
                       RuntimeService runtimeService, PlatformTransactionManager transactions, Clock clock) {
        this.replenishments = replenishments;
        this.numbers = numbers;
        this.runtimeService = runtimeService;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * In a transaction of its own, so a start never joins (or fails) the caller's, e.g. after an issue committed.
     *
     * @return whether it started one; not when one is open for the item and warehouse
     */
    boolean startInOwnTransaction(long itemId, long warehouseId, String requestedBy) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> startIfNoneOpen(itemId, warehouseId,
                    requestedBy)));
        } catch (DataIntegrityViolationException openedMeanwhile) {
            LOG.debug("Replenishment of item {} for warehouse {} opened meanwhile", itemId, warehouseId);
            return false;
        }
    }

    /**
     * In the caller's transaction, as the process engine's job that runs the daily check: its process starts when the
     * job commits. When a start after an issue wins the race, the insert fails, and the job with it, to be retried.
     *
     * @return whether it started one; not when one is open for the item and warehouse
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean startIfNoneOpen(long itemId, long warehouseId, String requestedBy) {
        if (replenishments.existsByOpenKey(Replenishment.openKey(itemId, warehouseId))) {
            return false;
        }
        Replenishment replenishment = replenishments.saveAndFlush(new Replenishment(
                numbers.next(ReplenishmentProcess.SERIES), itemId, warehouseId, requestedBy, clock.instant()));
        replenishment.startedAs(runtimeService.startProcessInstanceByKey(ReplenishmentProcess.KEY,
                replenishment.getNumber(),
                Map.of(ReplenishmentProcess.VAR_REPLENISHMENT_ID, replenishment.getId())).getId());
        LOG.info("Started replenishment {} of item {} for warehouse {}", replenishment.getNumber(), itemId,
                warehouseId);
        return true;
    }
}
