package org.procuredesk.replenishment;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.procuredesk.budget.BudgetCandidate;
import org.procuredesk.budget.BudgetKind;
import org.procuredesk.budget.ProcessBudgetSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replenishment orders as budgets see them: urgent ones wait for the weekly budget, the others for the monthly one,
 * from the moment their process waits to hear from it. Each hears the budget's answer once: one not waiting (any
 * more) is refused, not moved on twice.
 */
@Component
@Transactional
class ReplenishmentSource extends ProcessBudgetSource {

    static final String CODE = "REPLENISHMENT";

    private final ReplenishmentRepository replenishments;
    private final Replenishments views;

    ReplenishmentSource(RuntimeService runtimeService, ReplenishmentRepository replenishments,
                        Replenishments views) {
        super(runtimeService, "replenishment.notWaitingForBudget");
        this.replenishments = replenishments;
        this.views = views;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BudgetCandidate> waitingFor(BudgetKind kind) {
        Set<String> waitingProcesses = waitingProcesses();
        if (waitingProcesses.isEmpty()) {
            return List.of();
        }
        return replenishments.findByProcessInstanceIdInAndUrgentOrderByUpdatedAtAscIdAsc(waitingProcesses,
                kind == BudgetKind.WEEKLY).stream().map(this::candidate).toList();
    }

    private BudgetCandidate candidate(Replenishment replenishment) {
        return new BudgetCandidate(CODE, replenishment.getId(), replenishment.getNumber(),
                replenishment.getRequestedBy(), null, replenishment.getOrderValue(), views.subject(replenishment),
                replenishment.getUpdatedAt());
    }
}
