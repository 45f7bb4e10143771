package org.procuredesk.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    Optional<Budget> findByPeriodKey(String periodKey);

    Optional<Budget> findFirstByKindOrderByPeriodStartDesc(BudgetKind kind);

    Optional<Budget> findByProcessInstanceId(String processInstanceId);

    List<Budget> findByStateNotOrderByDeadlineAsc(BudgetState state);

    List<Budget> findTop20ByKindAndStateOrderByPeriodStartDesc(BudgetKind kind, BudgetState state);
}
