package org.procuredesk.budget;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByBudgetIdOrderByIdAsc(Long budgetId);

    List<BudgetLine> findByBudgetIdAndStateInAndReleasedFalseOrderByIdAsc(Long budgetId, Collection<LineState> states);

    /**
     * What the budgets hold, which no other budget may take in meanwhile: what is in one not yet approved, and
     * what an approved one has not yet told.
     */
    @Query("select new org.procuredesk.budget.Holding(l.source, l.referenceId, b.periodKey)"
            + " from BudgetLine l, Budget b where b.id = l.budgetId and l.state <> :moved"
            + " and (b.state <> :approved or l.released = false)")
    List<Holding> holdings(BudgetState approved, LineState moved);

    default List<Holding> holdings() {
        return holdings(BudgetState.APPROVED, LineState.MOVED);
    }
}
