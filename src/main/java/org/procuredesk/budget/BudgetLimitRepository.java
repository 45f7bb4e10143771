package org.procuredesk.budget;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetLimitRepository extends JpaRepository<BudgetLimit, Long> {

    Optional<BudgetLimit> findByPeriodKey(String periodKey);
}
