package org.procuredesk.budget;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved budget's word to what it holds, through each line's source: each included application or
 * replenishment order goes on to be ordered, each excluded one takes its exclusion path. The model runs one job
 * per group of up to {@value #GROUP_SIZE} lines ({@code ${budgetReleases.groups(budgetId)}}, then
 * {@code ${budgetReleases.releaseGroup(budgetId, firstBudgetLineId)}}), which tells its lines one after another;
 * each line is marked told in the job's transaction, so a retried or repeated job never tells a source twice, and
 * a line whose source is unknown fails its group's job (an incident naming the line) instead of passing in silence.
 */
@Component("budgetReleases")
public class BudgetReleases {

    /**
     * How many lines one job tells: few jobs, so the multi-instance's finished jobs have few siblings to read,
     * and few enough lines that one failing holds back little besides itself.
     */
    static final int GROUP_SIZE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(BudgetReleases.class);
    private static final Set<LineState> TOLD = EnumSet.of(LineState.INCLUDED, LineState.EXCLUDED);

    private final BudgetLineRepository lines;
    private final BudgetSources sources;

    BudgetReleases(BudgetLineRepository lines, BudgetSources sources) {
        this.lines = lines;
        this.sources = sources;
    }

    /**
     * The lines still to tell their source: included or excluded, not yet told. The budget models deployed before
     * the release went by groups still call it, with {@link #release(Long)} for each line.
     */
    @Transactional(readOnly = true)
    public List<Long> lineIds(Long budgetId) {
        return lines.findByBudgetIdAndStateInAndReleasedFalseOrderByIdAsc(budgetId, TOLD).stream()
                .map(BudgetLine::id).toList();
    }

    /**
     * The first line of each group: the budget's included and excluded lines in id order, {@value #GROUP_SIZE} to a
     * group, told or not. Those lines stay as they are once the budget is approved, so each group holds the same
     * lines however often, and in whatever order, the groups run: a repeated group never reaches into the next.
     */
    @Transactional(readOnly = true)
    public List<Long> groups(Long budgetId) {
        List<Long> ids = lines.findByBudgetIdAndStateInOrderByIdAsc(budgetId, TOLD).stream().map(BudgetLine::id)
                .toList();
        return IntStream.iterate(0, index -> index < ids.size(), index -> index + GROUP_SIZE).mapToObj(ids::get)
                .toList();
    }

    /**
     * Tells the group that starts at that line those of its {@value #GROUP_SIZE} lines not told yet, in id order.
     * All in one transaction: a line that fails undoes what the group told before it, and the retried job tells
     * those again, once.
     */
    @Transactional
    public void releaseGroup(Long budgetId, Long firstLineId) {
        for (BudgetLine line : lines.findByBudgetIdAndStateInAndIdGreaterThanEqualOrderByIdAsc(budgetId, TOLD,
                firstLineId, Limit.of(GROUP_SIZE))) {
            try {
                release(line);
            } catch (RuntimeException failed) {
                throw new IllegalStateException("Budget line " + line.id() + " (" + line.source() + " "
                        + line.number() + ") could not be told, so neither could the rest of its group: "
                        + failed.getMessage(), failed);
            }
        }
    }

    @Transactional
    public void release(Long lineId) {
        release(lines.findById(lineId).orElseThrow());
    }

    private void release(BudgetLine line) {
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
