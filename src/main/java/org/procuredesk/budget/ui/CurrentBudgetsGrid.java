package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Map;
import org.procuredesk.budget.BudgetSummary;
import org.procuredesk.notification.Links;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.PageLink;

/**
 * The budgets being prepared or reviewed, and the approved ones whose period is still running: state with an
 * overdue badge, total against the limit, and the open task on it, one click away; a click on a row shows its
 * total by category and by department.
 */
class CurrentBudgetsGrid extends BudgetSummaryGrid {

    private final Formats formats;
    private Map<String, String> openTasks = Map.of();

    CurrentBudgetsGrid(Formats formats) {
        super("current-budgets", formats);
        this.formats = formats;
        addComponentColumn(budget -> new StateLabel("current-state-" + budget.period(), budget))
                .setHeader(getTranslation("budget.state")).setKey("state").setAutoWidth(true);
        addComponentColumn(budget -> new TotalAgainstLimit("current-total-" + budget.period(), formats)
                .show(budget.totals().included(), budget.totals().limit()))
                .setHeader(getTranslation("budget.total")).setKey("total").setAutoWidth(true);
        addComponentColumn(this::openTask).setKey("task").setAutoWidth(true);
        setItemDetailsRenderer(new ComponentRenderer<>(this::details));
    }

    /** What a click on the budget's row opens: its total by category and by department. */
    Component details(BudgetSummary budget) {
        return new BudgetTotalsPanel(budget.totals(), formats);
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
