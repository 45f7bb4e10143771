package org.procuredesk.budget;

import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budget a prepare or review task is about, for the task's form; only to whoever may act on the task. */
@Service
@Transactional(readOnly = true)
public class BudgetTasks {

    private final TaskActions taskActions;
    private final BudgetRepository budgetRecords;
    private final Budgets budgets;

    BudgetTasks(TaskActions taskActions, BudgetRepository budgetRecords, Budgets budgets) {
        this.taskActions = taskActions;
        this.budgetRecords = budgetRecords;
        this.budgets = budgets;
    }

    @PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_HEAD')")
    public BudgetDetail budgetOf(String taskId) {
        Task task = taskActions.actionable(taskId, CurrentUser.username(),
                Set.of(BudgetProcess.PREPARE_BUDGET, BudgetProcess.REVIEW_BUDGET));
        Budget budget = budgetRecords.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        return budgets.detail(budget.periodKey());
    }
}
