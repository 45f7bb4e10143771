package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.procuredesk.budget.BudgetDashboard;
import org.procuredesk.budget.BudgetLimits;
import org.procuredesk.budget.Budgets;
import org.procuredesk.people.Role;
import org.procuredesk.system.Formats;

/**
 * The IT head's view of the budget cycle: the next deadlines, the budgets under way with a link to the task on
 * each, the past ones kept or missed, and what waits for a budget. Finance sets periods' limits here.
 */
@Route("budgets")
@Menu(title = "nav.budgets", order = 30, icon = "vaadin:wallet")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "IT_HEAD", "FINANCE", "AUDITOR"})
public class BudgetsView extends VerticalLayout implements HasDynamicTitle {

    private final Budgets budgets;
    private final NextDeadlines nextDeadlines;
    private final CurrentBudgetsGrid current;
    private final PastBudgetsGrid past;
    private final Paragraph keptAndMissed = new Paragraph();
    private final WaitingForBudgetGrid waiting;

    public BudgetsView(Budgets budgets, BudgetLimits limits, Formats formats, AuthenticationContext authentication) {
        this.budgets = budgets;
        this.nextDeadlines = new NextDeadlines(formats);
        this.current = new CurrentBudgetsGrid(formats);
        this.past = new PastBudgetsGrid(formats);
        this.waiting = new WaitingForBudgetGrid(formats);
        keptAndMissed.setId("kept-and-missed");
        add(new H2(getTranslation("nav.budgets")), new H3(getTranslation("budget.nextDeadlines")), nextDeadlines,
                new H3(getTranslation("budget.current")), current,
                new H3(getTranslation("budget.past")), keptAndMissed, past,
                new H3(getTranslation("budget.waiting")), waiting);
        if (authentication.hasRole(Role.FINANCE.name())) {
            add(new H3(getTranslation("budget.limitTitle")), new LimitForm(limits::set, this::updateLists));
        }
        updateLists();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.budgets");
    }

    private void updateLists() {
        BudgetDashboard dashboard = budgets.dashboard();
        nextDeadlines.show(dashboard.nextDeadlines());
        current.show(dashboard.current(), dashboard.myTasks());
        keptAndMissed.setText(getTranslation("budget.keptAndMissed", dashboard.kept(), dashboard.missed()));
        past.show(dashboard.past());
        waiting.show(dashboard.waiting());
    }
}
