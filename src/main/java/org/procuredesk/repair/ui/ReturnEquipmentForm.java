package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.repair.RepairProcess;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.system.ui.FieldsForm;
import org.procuredesk.system.ui.TaskForm;

/** IT support gives the asset back to its holder and takes the loaner back, each on a movement document. */
@SpringComponent
class ReturnEquipmentForm implements TaskForm {

    private final RepairTasks tasks;

    ReturnEquipmentForm(RepairTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return RepairProcess.RETURN_EQUIPMENT.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        return new FieldsForm("repair").button("giveBack", "repair.giveBack", () -> tasks.giveBack(task.getId()),
                completed);
    }
}
