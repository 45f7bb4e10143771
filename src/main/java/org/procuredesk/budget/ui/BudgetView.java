package org.procuredesk.budget.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.procuredesk.budget.BudgetDetail;
import org.procuredesk.budget.BudgetExport;
import org.procuredesk.budget.BudgetPreparation;
import org.procuredesk.budget.Budgets;
import org.procuredesk.notification.Links;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Role;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.AuditLink;
import org.procuredesk.system.ui.PageLink;
import org.procuredesk.system.ui.RecordRefusal;

/**
 * One budget: its summary, totals by category and department, its applications, its comments and its CSV. IT
 * support and the IT head may comment; whoever has its open task is one click from it. A period that is not one,
 * or whose budget is not open, is said so.
 */
@Route("budgets/:period")
@RolesAllowed({"IT_SUPPORT", "IT_SUPPORT_HEAD", "IT_HEAD", "FINANCE", "AUDITOR"})
public class BudgetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Budgets budgets;
    private final BudgetExport export;
    private final BudgetPreparation preparation;
    private final PeopleDirectory people;
    private final Formats formats;
    private final boolean mayComment;
    private final boolean auditor;
    private String title = "";

    public BudgetView(Budgets budgets, BudgetExport export, BudgetPreparation preparation, PeopleDirectory people,
                      Formats formats, AuthenticationContext authentication) {
        this.budgets = budgets;
        this.export = export;
        this.preparation = preparation;
        this.people = people;
        this.formats = formats;
        this.mayComment = authentication.hasAnyRole(Role.IT_SUPPORT.name(), Role.IT_HEAD.name());
        this.auditor = authentication.hasAnyRole(Role.AUDITOR.name(), Role.IT_HEAD.name());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("period").orElseThrow());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void open(String period) {
        RecordRefusal.showOrRefuse(this, "budget-refused", () -> show(budgets.detail(period)));
    }

    private void show(BudgetDetail budget) {
        String period = budget.summary().period();
        title = getTranslation("budget.title", period);
        H2 heading = new H2(title);
        heading.setId("budget-title");
        add(heading);
        if (auditor) {
            add(AuditLink.to(period));
        }
        if (budget.taskId() != null) {
            add(PageLink.to("budget-open-task", Links.task(budget.taskId()), getTranslation("budget.openTask")));
        }
        add(new BudgetFacts(budget.summary(), formats, people::nameOf),
                new BudgetTotalsPanel(budget.summary().totals(), formats),
                new H3(getTranslation("budget.lines")),
                new BudgetLinesGrid("budget-lines", formats).show(budget.lines()),
                CsvLink.of(period, () -> export.csv(period)),
                new H3(getTranslation("budget.comments")),
                new BudgetComments(budget.comments(), formats));
        if (mayComment) {
            add(new CommentBox(text -> preparation.comment(period, text), () -> open(period)));
        }
    }
}
