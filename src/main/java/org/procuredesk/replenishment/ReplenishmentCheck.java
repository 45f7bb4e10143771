package org.procuredesk.replenishment;

import org.procuredesk.stock.StockPosition;
import org.procuredesk.stock.StockPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily safety net ({@code bpmn/replenishment-check.bpmn}): starts the replenishment of every consumable a
 * warehouse holds at or below its reorder point that has none open, e.g. because its start failed after an issue.
 */
@Component("replenishmentCheck")
public class ReplenishmentCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ReplenishmentCheck.class);

    private final StockPositions positions;
    private final ReplenishmentStart start;
    private final ReplenishmentProperties properties;

    ReplenishmentCheck(StockPositions positions, ReplenishmentStart start, ReplenishmentProperties properties) {
        this.positions = positions;
        this.start = start;
        this.properties = properties;
    }

    /** When the check's timer fires: {@code procuredesk.replenishment.check-cycle}. */
    public String cycle() {
        return properties.checkCycle();
    }

    /** What the timer calls: {@link #startMissing()}, unless the automatic check is switched off. */
    @Transactional
    public int startMissingIfAutomatic() {
        return properties.automaticCheck() ? startMissing() : 0;
    }

    /** @return how many replenishments it started */
    @Transactional
    public int startMissing() {
        int started = 0;
        for (StockPosition low : positions.atOrBelowReorderPoint()) {
            if (start.startIfNoneOpen(low.itemId(), low.warehouseId(), ReplenishmentProcess.SYSTEM)) {
                started++;
            }
        }
        LOG.info("Daily stock check started {} replenishments", started);
        return started;
    }
}
