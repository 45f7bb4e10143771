package org.procuredesk.budget;

import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The moments the budget model's timers and due date wait for, as the budget recorded them when it opened. */
@Component("budgetTimes")
public class BudgetTimes {

    private final BudgetRepository budgets;

    BudgetTimes(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    @Transactional(readOnly = true)
    public Date deadlineOf(Long budgetId) {
        return Date.from(budgets.findById(budgetId).orElseThrow().deadline());
    }

    @Transactional(readOnly = true)
    public Date reminderOf(Long budgetId) {
        return Date.from(budgets.findById(budgetId).orElseThrow().remindAt());
    }
}
