package org.procuredesk.budget;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetCommentRepository extends JpaRepository<BudgetComment, Long> {

    List<BudgetComment> findByBudgetIdOrderByWrittenAtAscIdAsc(Long budgetId);
}
