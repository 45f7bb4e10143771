package org.procuredesk.replenishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.replenishment.ReplenishmentForms;
import org.procuredesk.replenishment.ReplenishmentProcess;
import org.procuredesk.replenishment.ReplenishmentTasks;
import org.procuredesk.system.ui.FieldsForm;
import org.procuredesk.system.ui.TaskForm;

/** IT support records the order placed with the supplier: who, under which reference, delivering when. */
@SpringComponent
class OrderReplenishmentForm implements TaskForm {

    private final ReplenishmentTasks tasks;
    private final Clock clock;

    OrderReplenishmentForm(ReplenishmentTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ReplenishmentProcess.ORDER.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        FieldsForm form = new FieldsForm("replenishment");
        TextField supplier = form.field("supplier", new TextField(form.getTranslation("replenishment.supplier")));
        supplier.setValue(valueOrEmpty(tasks.replenishmentOf(task.getId()).supplier()));
        TextField reference = form.field("supplierOrderReference",
                new TextField(form.getTranslation("replenishment.supplierOrderReference")));
        DatePicker expected = form.field("expectedDelivery",
                form.date("replenishment.expectedDelivery", LocalDate.now(clock), "replenishment.deliveryInThePast"));
        return form.button("order", "replenishment.ordered", () -> tasks.order(task.getId(),
                new ReplenishmentForms.Order(supplier.getValue(), reference.getValue(), expected.getValue())),
                completed);
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }
}
