package org.procuredesk.replenishment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ExecutionQuery;
import org.procuredesk.budget.BudgetCandidate;
import org.procuredesk.budget.BudgetKind;
import org.procuredesk.budget.BudgetSource;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replenishment orders as budgets see them: urgent ones wait for the weekly budget, the others for the monthly one,
 * from the moment their process waits to hear from it. Each hears the budget's answer once: one not waiting (any
 * more) is refused, not moved on twice.
 */
@Component
@Transactional
class ReplenishmentSource implements BudgetSource {

    static final String CODE = "REPLENISHMENT";

    private final RuntimeService runtimeService;
    private final ReplenishmentRepository replenishments;
    private final Replenishments views;

    ReplenishmentSource(RuntimeService runtimeService, ReplenishmentRepository replenishments,
                        Replenishments views) {
        this.runtimeService = runtimeService;
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
        Set<String> waitingProcesses = waiting().list().stream().map(Execution::getProcessInstanceId)
                .collect(Collectors.toSet());
        if (waitingProcesses.isEmpty()) {
            return List.of();
        }
        return replenishments.findByProcessInstanceIdInAndUrgentOrderByUpdatedAtAscIdAsc(waitingProcesses,
                kind == BudgetKind.WEEKLY).stream().map(this::candidate).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWaiting(String number) {
        return waiting().processInstanceBusinessKey(number).count() > 0;
    }

    /** @param number the replenishment's number, the business key of its process */
    @Override
    public void approvedInBudget(String number) {
        correlate(ReplenishmentProcess.MESSAGE_BUDGET_APPROVED, number);
    }

    /** @param number the replenishment's number, the business key of its process */
    @Override
    public void excludedFromBudget(String number) {
        correlate(ReplenishmentProcess.MESSAGE_BUDGET_EXCLUDED, number);
    }

    private ExecutionQuery waiting() {
        return runtimeService.createExecutionQuery().processDefinitionKey(ReplenishmentProcess.KEY)
                .messageEventSubscriptionName(ReplenishmentProcess.MESSAGE_BUDGET_APPROVED);
    }

    private BudgetCandidate candidate(Replenishment replenishment) {
        return new BudgetCandidate(CODE, replenishment.getId(), replenishment.getNumber(),
                replenishment.getRequestedBy(), null, replenishment.getOrderValue(), views.subject(replenishment),
                replenishment.getUpdatedAt());
    }

    private void correlate(String message, String number) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(number).correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new DomainException("replenishment.notWaitingForBudget", number);
        }
    }
}
