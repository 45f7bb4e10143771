package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.budget.BudgetDetail;
import org.procuredesk.budget.BudgetProcess;
import org.procuredesk.budget.BudgetReview;
import org.procuredesk.budget.BudgetTasks;
import org.procuredesk.budget.ReviewDecision;
import org.procuredesk.notification.Links;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.PageLink;
import org.procuredesk.system.ui.TaskForm;

/**
 * The IT head reviews a submitted budget: ticks the applications to leave out, sees the total left in against
 * the limit, and approves, approves with those exclusions, or returns the budget with a comment.
 */
@SpringComponent
class ReviewBudgetForm implements TaskForm {

    private final BudgetTasks budgetTasks;
    private final BudgetReview review;
    private final PeopleDirectory people;
    private final Formats formats;

    ReviewBudgetForm(BudgetTasks budgetTasks, BudgetReview review, PeopleDirectory people, Formats formats) {
        this.budgetTasks = budgetTasks;
        this.review = review;
        this.people = people;
        this.formats = formats;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return BudgetProcess.REVIEW_BUDGET.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        BudgetDetail budget = budgetTasks.budgetOf(task.getId());
        ExclusionChoice choice = new ExclusionChoice(budget.lines(), budget.summary().totals().limit(), formats);
        CommentedActions actions = new ReviewActions(choice, completed)
                .action("approve", "budget.approve",
                        comment -> decide(task, ReviewDecision.APPROVE, choice.excluded(), comment))
                .action("approveWithExclusions", "budget.approveWithExclusions",
                        comment -> decide(task, ReviewDecision.APPROVE_WITH_EXCLUSIONS, choice.excluded(), comment))
                .action("return", "budget.return", comment -> decide(task, ReviewDecision.RETURN, Set.of(), comment));
        VerticalLayout form = new VerticalLayout(
                PageLink.to("review-budget-page", Links.budget(budget.summary().period()), budget.summary().period()),
                new BudgetFacts(budget.summary(), formats, people::nameOf), choice, actions);
        form.setPadding(false);
        return form;
    }

    private void decide(Task task, ReviewDecision decision, Set<Long> excluded, String comment) {
        review.review(task.getId(), decision, excluded, comment);
    }
}
