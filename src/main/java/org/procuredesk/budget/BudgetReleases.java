package org.procuredesk.budget;

import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved budget's word to what it holds, through each line's source: each included application or
 * replenishment order goes on to be ordered, each excluded one takes its exclusion path. The model runs one job
 * per line ({@code ${budgetReleases.lineIds(budgetId)}}, then {@code ${budgetReleases.release(budgetLineId)}});
 * the line is marked told in the job's transaction, so a retried or repeated job never tells its source twice,
 * and a line whose source is unknown fails its job (an incident) instead of passing in silence.
 */
@Component("budgetReleases")
public class BudgetReleases {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetReleases.class);

    private final BudgetLineRepository lines;
    private final BudgetSources sources;

    BudgetReleases(BudgetLineRepository lines, BudgetSources sources) {
        this.lines = lines;
        this.sources = sources;
    }

    /** The lines still to tell their source: included or excluded, not yet told. */
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
        BudgetSource source = sources.of(line.source());
        if (!source.isWaiting(line.number())) {
            LOG.info("{} {} no longer waits for its budget (withdrawn meanwhile); nothing to tell it",
                    line.source(), line.number());
        } else if (line.state() == LineState.INCLUDED) {
            source.approvedInBudget(line.number());
        } else {
            source.excludedFromBudget(line.number());
        }
    }
}
