package org.procuredesk.budget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByBudgetIdOrderByIdAsc(Long budgetId);

    List<BudgetLine> findByBudgetIdAndStateInAndReleasedFalseOrderByIdAsc(Long budgetId, Collection<LineState> states);

    List<BudgetLine> findByBudgetIdAndStateInOrderByIdAsc(Long budgetId, Collection<LineState> states);

    List<BudgetLine> findByBudgetIdAndStateInAndIdGreaterThanEqualOrderByIdAsc(Long budgetId,
            Collection<LineState> states, Long firstId, Limit limit);

    /**
     * What the budgets hold, which no other budget may take in meanwhile: what is in one not yet approved, and
     * what an approved one has not yet told. Two questions, so each reads an index (the lines of the few budgets
     * under way; the few lines not yet told) rather than every line of every past budget.
     */
    default List<Holding> holdings() {
        List<Holding> holdings = new ArrayList<>(holdingsOfUnapproved(BudgetState.APPROVED, LineState.MOVED));
        holdings.addAll(untoldHoldingsOfApproved(BudgetState.APPROVED, LineState.MOVED));
        return holdings;
    }

    @Query("select new org.procuredesk.budget.Holding(l.source, l.referenceId, b.periodKey)"
            + " from Budget b, BudgetLine l where b.state <> :approved and l.budgetId = b.id and l.state <> :moved")
    List<Holding> holdingsOfUnapproved(BudgetState approved, LineState moved);

    @Query("select new org.procuredesk.budget.Holding(l.source, l.referenceId, b.periodKey)"
            + " from BudgetLine l, Budget b where l.released = false and l.state <> :moved and b.id = l.budgetId"
            + " and b.state = :approved")
    List<Holding> untoldHoldingsOfApproved(BudgetState approved, LineState moved);
}
