package org.procuredesk.request;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.procuredesk.budget.BudgetCandidate;
import org.procuredesk.budget.BudgetKind;
import org.procuredesk.budget.ProcessBudgetSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications as a budget's source: an urgent application waits for the weekly budget, a planned one for the
 * monthly. What a budget tells them: approved with it, they go on to be ordered; left out of it, the IT head
 * decides what becomes of them. Each application hears it once: one that is not waiting for a budget (any more)
 * is refused, not moved on twice.
 */
@Service
@Transactional
public class ApplicationBudgeting extends ProcessBudgetSource {

    /** The source code of an application's budget line. */
    public static final String CODE = "APPLICATION";

    private final PurchaseRequestRepository requests;

    ApplicationBudgeting(RuntimeService runtimeService, PurchaseRequestRepository requests) {
        super(runtimeService, "budget.applicationNotWaiting");
        this.requests = requests;
    }

    @Override
    public String code() {
        return CODE;
    }

    /**
     * The applications waiting now for a budget of that kind, the longest waiting first: those of its urgency
     * whose process waits to hear from their budget.
     */
    @Override
    @Transactional(readOnly = true)
    public List<BudgetCandidate> waitingFor(BudgetKind kind) {
        Urgency urgency = switch (kind) {
            case WEEKLY -> Urgency.URGENT;
            case MONTHLY -> Urgency.PLANNED;
        };
        Set<String> waitingProcesses = waitingProcesses();
        if (waitingProcesses.isEmpty()) {
            return List.of();
        }
        return requests.findByProcessInstanceIdInAndUrgencyOrderBySubmittedAtAscIdAsc(waitingProcesses, urgency)
                .stream().map(request -> new BudgetCandidate(CODE, request.getId(), request.getNumber(),
                        request.getRequesterUsername(), request.getDepartmentId(), request.getTotal(),
                        request.subject(), request.getSubmittedAt()))
                .toList();
    }

    /** What the applications' lines cost together in each equipment category, by the category's message key. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> amountsByCategory(Collection<Long> requestIds) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        if (!requestIds.isEmpty()) {
            requests.amountsByCategory(requestIds).forEach(row ->
                    amounts.put(((EquipmentCategory) row[0]).messageKey(), (BigDecimal) row[1]));
        }
        return amounts;
    }
}
