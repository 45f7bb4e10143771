package org.procuredesk.budget;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.procuredesk.tasklist.CaseSummaries;
import org.procuredesk.tasklist.CaseSummary;
import org.springframework.stereotype.Component;

/** What a budget task is about in the task list: the included total, and the period. */
@Component
class BudgetCaseSummaries implements CaseSummaries {

    private final BudgetRepository budgets;
    private final BudgetRecords records;

    BudgetCaseSummaries(BudgetRepository budgets, BudgetRecords records) {
        this.budgets = budgets;
        this.records = records;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return BudgetProcess.KEY.equals(processDefinitionKey);
    }

    @Override
    public CaseSummary summarize(VariableScope processInstance) {
        Object budgetId = processInstance.getVariable(BudgetProcess.VAR_BUDGET_ID);
        return budgetId == null ? CaseSummary.NONE : budgets.findById(((Number) budgetId).longValue())
                .map(budget -> new CaseSummary(null, records.totals(budget).included(), budget.periodKey(), null, null))
                .orElse(CaseSummary.NONE);
    }
}
