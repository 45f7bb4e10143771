package org.procuredesk.request;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a budget tells the applications waiting for it: approved with it, they go on to be ordered;
 * left out of it, the IT head decides what becomes of them. Each application hears it once: one
 * that is not waiting for a budget (any more) is refused, not moved on twice.
 */
@Service
@Transactional
public class ApplicationBudgeting {

    private final RuntimeService runtimeService;
    private final PurchaseRequestRepository requests;

    ApplicationBudgeting(RuntimeService runtimeService, PurchaseRequestRepository requests) {
        this.runtimeService = runtimeService;
        this.requests = requests;
    }

    /**
     * The applications waiting now for a budget that pays for purchases of that urgency, the longest waiting
     * first: those whose process waits to hear from their budget.
     */
    @Transactional(readOnly = true)
    public List<WaitingApplication> waiting(Urgency urgency) {
        Set<String> waitingProcesses = runtimeService.createExecutionQuery()
                .messageEventSubscriptionName(ApplicationToItProcess.MESSAGE_BUDGET_APPROVED).list().stream()
                .map(Execution::getProcessInstanceId).collect(Collectors.toSet());
        if (waitingProcesses.isEmpty()) {
            return List.of();
        }
        return requests.findByProcessInstanceIdInAndUrgencyOrderBySubmittedAtAscIdAsc(waitingProcesses, urgency)
                .stream().map(request -> new WaitingApplication(request.getId(), request.getNumber(),
                        request.getRequesterUsername(), request.getDepartmentId(), request.getTotal(),
                        request.subject(), request.getSubmittedAt()))
                .toList();
    }

    /** Whether the application waits for a budget now: not withdrawn, ordered or carried on meanwhile. */
    public boolean isWaiting(String applicationNumber) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(applicationNumber)
                .messageEventSubscriptionName(ApplicationToItProcess.MESSAGE_BUDGET_APPROVED).count() > 0;
    }

    /** @param applicationNumber the application's number, the business key of its process */
    public void approvedInBudget(String applicationNumber) {
        correlate(ApplicationToItProcess.MESSAGE_BUDGET_APPROVED, applicationNumber);
    }

    /** @param applicationNumber the application's number, the business key of its process */
    public void excludedFromBudget(String applicationNumber) {
        correlate(ApplicationToItProcess.MESSAGE_BUDGET_EXCLUDED, applicationNumber);
    }

    private void correlate(String message, String applicationNumber) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(applicationNumber)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new DomainException("budget.applicationNotWaiting", applicationNumber);
        }
    }
}
