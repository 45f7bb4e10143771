package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.repair.RepairProcess;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.system.ui.TaskForm;

/** IT support records the paid repair once its application is approved, or that it did not restore the asset. */
@SpringComponent
class PaidRepairForm implements TaskForm {

    private final RepairTasks tasks;

    PaidRepairForm(RepairTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return RepairProcess.COMPLETE_PAID_REPAIR.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return RepairWork.form(repair -> tasks.completePaidRepair(task.getId(), repair), completed);
    }
}
