package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.procuredesk.budget.BudgetSummary;
import org.procuredesk.notification.Links;
import org.procuredesk.system.Formats;

/**
 * The budgets being prepared or reviewed, and the approved ones whose period is still running: state with an
 * overdue badge, total against the limit, and the open task on it, one click away.
 */
class CurrentBudgetsGrid extends BudgetSummaryGrid {

    private Map<String, String> openTasks = Map.of();

    CurrentBudgetsGrid(Formats formats) {
        super("current-budgets", formats);
        addComponentColumn(budget -> new StateLabel("current-state-" + budget.period(), budget))
                .setHeader(getTranslation("budget.state")).setKey("state").setAutoWidth(true);
        addComponentColumn(budget -> new TotalAgainstLimit("current-total-" + budget.period(), formats)
                .show(budget.totals().included(), budget.totals().limit()))
                .setHeader(getTranslation("budget.total")).setKey("total").setAutoWidth(true);
        addComponentColumn(this::openTask).setKey("task").setAutoWidth(true);
    }

    /** @param openTasks the open task the reader may act on, by the period of its budget */
    void show(List<BudgetSummary> budgets, Map<String, String> openTasks) {
        this.openTasks = openTasks;
        show(budgets);
    }

    private Component openTask(BudgetSummary budget) {
        String taskId = openTasks.get(budget.period());
        return taskId == null ? new Span()
                : PageLink.to("current-task-" + budget.period(), Links.task(taskId), getTranslation("budget.openTask"));
    }
}
