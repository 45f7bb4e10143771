package org.procuredesk.budget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Opens the budgets missed while the application was down as soon as it is up, not at the next hourly check.
 * Another copy starting at the same moment may open them first: that is logged, not failed.
 */
@Component
class BudgetOpeningOnStart {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetOpeningOnStart.class);

    private final BudgetOpening opening;

    BudgetOpeningOnStart(BudgetOpening opening) {
        this.opening = opening;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openMissedBudgets() {
        try {
            opening.openDueIfAutomatic();
        } catch (DataIntegrityViolationException openedElsewhere) {
            LOG.info("Another copy of the application opened the budgets due meanwhile");
        }
    }
}
