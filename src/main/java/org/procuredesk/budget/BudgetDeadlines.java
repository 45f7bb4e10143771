package org.procuredesk.budget;

import java.time.Clock;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the budget model's timers do ({@code ${budgetDeadlines.remind(budgetId)}},
 * {@code ${budgetDeadlines.markOverdue(budgetId)}}): remind IT support of a draft due in a working day, and mark
 * a budget nobody submitted by its deadline overdue, telling the head of IT support and the IT head, once.
 */
@Component("budgetDeadlines")
public class BudgetDeadlines {

    private final BudgetRepository budgets;
    private final Notifications notifications;
    private final Clock clock;

    BudgetDeadlines(BudgetRepository budgets, Notifications notifications, Clock clock) {
        this.budgets = budgets;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Reminds IT support, unless the budget was submitted or its deadline already passed. */
    @Transactional
    public void remind(Long budgetId) {
        Budget budget = budgets.findById(budgetId).orElseThrow();
        if (!budget.isSubmitted() && clock.instant().isBefore(budget.deadline())) {
            notifications.notifyRole(Role.IT_SUPPORT.name(), NotificationKind.REMINDER,
                    Links.budget(budget.periodKey()), "notice.budgetDue", budget.periodKey(), budget.deadline());
        }
    }

    @Transactional
    public void markOverdue(Long budgetId) {
        Budget budget = budgets.findById(budgetId).orElseThrow();
        if (budget.markOverdue()) {
            for (Role told : new Role[] {Role.IT_SUPPORT_HEAD, Role.IT_HEAD}) {
                notifications.notifyRole(told.name(), NotificationKind.ESCALATION, Links.budget(budget.periodKey()),
                        "notice.budgetOverdue", budget.periodKey(), budget.deadline());
            }
        }
    }
}
