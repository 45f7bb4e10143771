package org.procuredesk.replenishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.replenishment.ReplenishmentForms;
import org.procuredesk.replenishment.ReplenishmentProcess;
import org.procuredesk.replenishment.ReplenishmentTasks;
import org.procuredesk.system.ui.CommentedActions;
import org.procuredesk.system.ui.TaskForm;

/** The IT head approves a replenishment over the limit, or rejects it saying why. */
@SpringComponent
class ApproveReplenishmentForm implements TaskForm {

    private final ReplenishmentTasks tasks;

    ApproveReplenishmentForm(ReplenishmentTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReplenishmentProcess.APPROVE.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return new CommentedActions("replenishment-decision", completed)
                .action("approve", "replenishment.approve",
                        comment -> tasks.decide(task.getId(), new ReplenishmentForms.Decision(true, comment)))
                .action("reject", "replenishment.reject",
                        comment -> tasks.decide(task.getId(), new ReplenishmentForms.Decision(false, comment)));
    }
}
