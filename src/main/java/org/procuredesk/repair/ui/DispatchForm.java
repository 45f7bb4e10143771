package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.repair.RepairForms;
import org.procuredesk.repair.RepairProcess;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.system.ui.FieldsForm;
import org.procuredesk.system.ui.TaskForm;

/** IT support sends the asset to the service centre, first offered as its supplier, under the centre's RMA number. */
@SpringComponent
class DispatchForm implements TaskForm {

    private final RepairTasks tasks;
    private final AssetRepairs assets;

    DispatchForm(RepairTasks tasks, AssetRepairs assets) {
        this.tasks = tasks;
        this.assets = assets;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return RepairProcess.PREPARE_DISPATCH.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        String supplier = assets.identify(tasks.repairOf(task.getId()).inventoryNumber()).supplier();
        FieldsForm form = new FieldsForm("repair");
        TextField centre = form.field("serviceCentre", new TextField(form.getTranslation("repair.serviceCentre")));
        centre.setValue(supplier == null ? "" : supplier);
        TextField rma = form.field("rmaNumber", new TextField(form.getTranslation("repair.rmaNumber")));
        return form.button("dispatch", "repair.dispatch", () -> tasks.dispatch(task.getId(),
                new RepairForms.Dispatch(centre.getValue(), rma.getValue())), completed);
    }
}
