package org.procuredesk.budget;

import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.procuredesk.request.RequestView;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What each budget test starts from: urgent applications at the given unit prices, approved and waiting, in a
 * weekly budget opened for the test ({@link BudgetCycle#openNextWeeklyBudget()}); the engine's clock stays at its
 * opening, or wherever the test moves it, until the test ends.
 */
public final class FreshWeeklyBudget implements BeforeEachCallback, AfterEachCallback {

    private final List<String> unitPrices;
    private List<RequestView> applications;
    private String period;

    public FreshWeeklyBudget(String... unitPrices) {
        this.unitPrices = List.of(unitPrices);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BudgetCycle cycle = SpringExtension.getApplicationContext(context).getBean(BudgetCycle.class);
        applications = unitPrices.stream().map(cycle::urgentApplication).toList();
        period = cycle.openNextWeeklyBudget();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    /** The budget's period, e.g. {@code WEEKLY-2026-W50}. */
    public String period() {
        return period;
    }

    /** The application at the price given in that place. */
    public RequestView application(int index) {
        return applications.get(index);
    }
}
