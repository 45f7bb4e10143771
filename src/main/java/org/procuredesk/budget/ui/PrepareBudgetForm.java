package org.procuredesk.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.budget.BudgetPreparation;
import org.procuredesk.budget.BudgetProcess;
import org.procuredesk.budget.BudgetTasks;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.TaskForm;

/** IT support prepares a draft budget: moves applications to the next period, takes in new ones, and submits it. */
@SpringComponent
class PrepareBudgetForm implements TaskForm {

    private final BudgetTasks budgetTasks;
    private final BudgetPreparation preparation;
    private final PeopleDirectory people;
    private final Formats formats;

    PrepareBudgetForm(BudgetTasks budgetTasks, BudgetPreparation preparation, PeopleDirectory people,
                      Formats formats) {
        this.budgetTasks = budgetTasks;
        this.preparation = preparation;
        this.people = people;
        this.formats = formats;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return BudgetProcess.PREPARE_BUDGET.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        String period = budgetTasks.budgetOf(task.getId()).summary().period();
        VerticalLayout form = new VerticalLayout(
                new PreparationPanel(() -> budgetTasks.budgetOf(task.getId()),
                        (lineId, reason) -> preparation.moveToNextPeriod(period, lineId, reason),
                        () -> preparation.takeInWaiting(period), formats, people::nameOf),
                new CommentedActions("prepare", completed).action("submit", "budget.submit",
                        comment -> preparation.submit(task.getId(), comment)));
        form.setPadding(false);
        return form;
    }
}
