package org.procuredesk.budget;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.procuredesk.system.DomainException;

/**
 * A source whose purchases wait in their own process for the budget's word: at a catch of {@value #APPROVED} beside
 * one of {@value #EXCLUDED}, correlated by the purchase's number, the business key of its process. Each purchase
 * hears it once: one that does not wait (any more) is refused, not moved on twice.
 */
public abstract class ProcessBudgetSource implements BudgetSource {

    /** The message an approved budget sends each purchase it included. */
    public static final String APPROVED = "budgetApproved";

    /** The message an approved budget sends each purchase it left out. */
    public static final String EXCLUDED = "budgetExcluded";

    private final RuntimeService runtimeService;
    private final String notWaitingKey;

    /** @param notWaitingKey the message key of the refusal to tell a purchase that does not wait */
    protected ProcessBudgetSource(RuntimeService runtimeService, String notWaitingKey) {
        this.runtimeService = runtimeService;
        this.notWaitingKey = notWaitingKey;
    }

    /** The process instances that wait now for a budget's word, of every source. */
    protected Set<String> waitingProcesses() {
        return runtimeService.createExecutionQuery().messageEventSubscriptionName(APPROVED).list().stream()
                .map(Execution::getProcessInstanceId).collect(Collectors.toSet());
    }

    /** Whether the purchase waits for a budget now: not withdrawn, cancelled or carried on meanwhile. */
    @Override
    public boolean isWaiting(String number) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(number)
                .messageEventSubscriptionName(APPROVED).count() > 0;
    }

    @Override
    public void approvedInBudget(String number) {
        correlate(APPROVED, number);
    }

    @Override
    public void excludedFromBudget(String number) {
        correlate(EXCLUDED, number);
    }

    private void correlate(String message, String number) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(number).correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new DomainException(notWaitingKey, number);
        }
    }
}
