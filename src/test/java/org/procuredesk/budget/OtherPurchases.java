package org.procuredesk.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A second source of what waits for budgets, besides applications, as stock replenishment orders are: what waits
 * is what a test puts there, and it remembers what each budget told it. A bean of every integration test's
 * context (one context, whose job executor runs the budgets' jobs), waiting for nothing until a test says.
 */
@Component
public class OtherPurchases implements BudgetSource {

    public static final String CODE = "OTHER";

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final List<String> told = new CopyOnWriteArrayList<>();

    /** From now on it waits for a budget of that kind: with that id and number, at that amount. */
    public void waits(BudgetKind kind, long referenceId, String number, String amount) {
        waiting.put(number, new Waiting(kind, new BudgetCandidate(CODE, referenceId, number, BudgetFixture.REQUESTER,
                null, new BigDecimal(amount), "Toner, " + number, ClockUtil.getCurrentTime().toInstant())));
    }

    /** What the budgets told it, in order, e.g. {@code approved OT-1}. */
    public List<String> told() {
        return List.copyOf(told);
    }

    /** Nothing waits, nothing was told. */
    public void clear() {
        waiting.clear();
        told.clear();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<BudgetCandidate> waitingFor(BudgetKind kind) {
        return waiting.values().stream().filter(order -> order.kind() == kind).map(Waiting::candidate).toList();
    }

    @Override
    public boolean isWaiting(String number) {
        return waiting.containsKey(number);
    }

    @Override
    public void approvedInBudget(String number) {
        tell("approved", number);
    }

    @Override
    public void excludedFromBudget(String number) {
        tell("excluded", number);
    }

    private void tell(String decision, String number) {
        if (waiting.remove(number) == null) {
            throw new IllegalStateException(number + " does not wait for a budget");
        }
        told.add(decision + " " + number);
    }

    private record Waiting(BudgetKind kind, BudgetCandidate candidate) {
    }
}
