package org.procuredesk.budget;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What a budget test starts from: no other budget, urgent applications at the given unit prices waiting for the
 * weekly budget, and that budget, {@code WEEKLY-2026-W12}, opened on Monday 9 March 2026 at 01:00 (due Wednesday
 * 11 March, 17:00), where the engine's clock stays until the test moves it. Cleared again afterwards.
 */
public final class FreshWeeklyBudget implements BeforeEachCallback, AfterEachCallback {

    public static final String PERIOD = "WEEKLY-2026-W12";

    private final List<String> unitPrices;
    private List<RequestView> applications;

    public FreshWeeklyBudget(String... unitPrices) {
        this.unitPrices = List.of(unitPrices);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BudgetFixture fixture = fixture(context);
        fixture.clear();
        fixture.at("2026-03-06T10:00");
        applications = unitPrices.stream().map(price -> fixture.waiting(Urgency.URGENT, price)).toList();
        fixture.openAt("2026-03-09T01:00");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        fixture(context).clear();
    }

    /** The budget's period. */
    public String period() {
        return PERIOD;
    }

    /** The application at the price given in that place. */
    public RequestView application(int index) {
        return applications.get(index);
    }

    private static BudgetFixture fixture(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(BudgetFixture.class);
    }
}
