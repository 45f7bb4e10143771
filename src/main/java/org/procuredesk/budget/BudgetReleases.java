package org.procuredesk.budget;

import java.util.EnumSet;
import java.util.List;
import org.procuredesk.request.ApplicationBudgeting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved budget's word to its applications: each included one goes on to be ordered, each excluded one takes
 * its exclusion path. The model runs one job per line ({@code ${budgetReleases.lineIds(budgetId)}}, then
 * {@code ${budgetReleases.release(budgetLineId)}}); the line is
 * marked told in the job's transaction, so a retried or repeated job never tells an application twice.
 */
@Component("budgetReleases")
public class BudgetReleases {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetReleases.class);

    private final BudgetLineRepository lines;
    private final ApplicationBudgeting applications;

    BudgetReleases(BudgetLineRepository lines, ApplicationBudgeting applications) {
        this.lines = lines;
        this.applications = applications;
    }

    /** The lines still to tell their application: included or excluded, not yet told. */
    @Transactional(readOnly = true)
    public List<Long> lineIds(Long budgetId) {
        return lines.findByBudgetIdAndStateInAndReleasedFalseOrderByIdAsc(budgetId,
                EnumSet.of(LineState.INCLUDED, LineState.EXCLUDED)).stream().map(BudgetLine::id).toList();
    }

    @Transactional
    public void release(Long lineId) {
        BudgetLine line = lines.findById(lineId).orElseThrow();
        if (!line.release()) {
            return;
        }
        if (!applications.isWaiting(line.applicationNumber())) {
            LOG.info("Application {} no longer waits for its budget (withdrawn meanwhile); nothing to tell it",
                    line.applicationNumber());
        } else if (line.state() == LineState.INCLUDED) {
            applications.approvedInBudget(line.applicationNumber());
        } else {
            applications.excludedFromBudget(line.applicationNumber());
        }
    }
}
