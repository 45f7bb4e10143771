package org.procuredesk.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A kind of purchase that waits for a budget to pay for it: applications to IT, stock replenishment orders. A
 * budget takes in what every source has waiting for its kind, and once approved tells each line's source, once,
 * whether it was included or left out.
 */
public interface BudgetSource {

    /** The short code a budget line keeps to know its source, e.g. {@code APPLICATION} or {@code REPLENISHMENT}. */
    String code();

    /** What waits now for a budget of this kind, the longest waiting first. */
    List<BudgetCandidate> waitingFor(BudgetKind kind);

    /** Whether the candidate with this number still waits for its budget: not withdrawn or cancelled meanwhile. */
    boolean isWaiting(String number);

    /** The approved budget included it: it goes on to be ordered. */
    void approvedInBudget(String number);

    /** The approved budget left it out: it takes its exclusion path. */
    void excludedFromBudget(String number);

    /**
     * What its candidates with these ids add up to by category, keyed by each category's message key; empty when
     * the source keeps no categories, and a budget then counts them under the source's name.
     */
    default Map<String, BigDecimal> amountsByCategory(Collection<Long> referenceIds) {
        return Map.of();
    }
}
