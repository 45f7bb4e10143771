package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.purchasing.BudgetExclusions;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Exclusion;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.TaskForm;

/** The IT head decides on an application its budget left out: carry it over to the next budget, or reject it saying why. */
@SpringComponent
class ExcludedApplicationForm implements TaskForm {

    private final BudgetExclusions exclusions;

    ExcludedApplicationForm(BudgetExclusions exclusions) {
        this.exclusions = exclusions;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApplicationToItProcess.DECIDE_EXCLUDED_APPLICATION.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return new CommentedActions("exclusion", completed)
                .action("carryOver", "purchase.exclusion.carryOver",
                        comment -> exclusions.decide(task.getId(), Exclusion.CARRIED_OVER, comment))
                .action("reject", "purchase.exclusion.reject",
                        comment -> exclusions.decide(task.getId(), Exclusion.REJECTED, comment));
    }
}
