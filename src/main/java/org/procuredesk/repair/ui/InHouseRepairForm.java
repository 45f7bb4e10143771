package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.repair.RepairProcess;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.system.ui.TaskForm;

/** IT support repaired the asset in house, or could not, saying what was done. */
@SpringComponent
class InHouseRepairForm implements TaskForm {

    private final RepairTasks tasks;

    InHouseRepairForm(RepairTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return RepairProcess.REPAIR_IN_HOUSE.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return RepairWork.form(repair -> tasks.repairInHouse(task.getId(), repair), completed);
    }
}
