package org.procuredesk.replenishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.replenishment.ReplenishmentForms;
import org.procuredesk.replenishment.ReplenishmentProcess;
import org.procuredesk.replenishment.ReplenishmentTasks;
import org.procuredesk.system.ui.FieldsForm;
import org.procuredesk.system.ui.TaskForm;

/** The warehouse keeper records how many arrived: a stock receipt raises the warehouse's stock. */
@SpringComponent
class ReceiveReplenishmentForm implements TaskForm {

    private final ReplenishmentTasks tasks;

    ReceiveReplenishmentForm(ReplenishmentTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReplenishmentProcess.RECEIVE.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        FieldsForm form = new FieldsForm("replenishment");
        IntegerField quantity = form.field("quantity",
                new IntegerField(form.getTranslation("replenishment.receivedQuantity")));
        quantity.setValue(tasks.replenishmentOf(task.getId()).quantity());
        return form.button("receive", "replenishment.received", () -> tasks.receive(task.getId(),
                new ReplenishmentForms.Receipt(quantity.getValue() == null ? 0 : quantity.getValue())), completed);
    }
}
