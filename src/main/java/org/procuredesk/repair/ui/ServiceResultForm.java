package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.repair.RepairForms;
import org.procuredesk.repair.RepairProcess;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.repair.VendorOutcome;
import org.procuredesk.system.ui.FieldsForm;
import org.procuredesk.system.ui.TaskForm;

/**
 * IT support records what the service centre did: a replaced unit asks for its serial number and warranty (offered as
 * the old unit's), a refusal for the reason.
 */
@SpringComponent
class ServiceResultForm implements TaskForm {

    private final RepairTasks tasks;
    private final Clock clock;

    ServiceResultForm(RepairTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return RepairProcess.AWAIT_SERVICE_CENTRE.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        FieldsForm form = new FieldsForm("repair");
        RadioButtonGroup<VendorOutcome> outcome = form.field("outcome",
                Choice.of(form.getTranslation("repair.vendorOutcome"), VendorOutcome.values(),
                        VendorOutcome::messageKey));
        TextField serial = form.field("replacementSerialNumber",
                new TextField(form.getTranslation("repair.replacementSerialNumber")));
        DatePicker warranty = form.field("replacementWarrantyUntil", form.date("repair.replacementWarrantyUntil",
                LocalDate.now(clock), "repair.warrantyInThePast"));
        warranty.setValue(tasks.repairOf(task.getId()).warrantyUntil());
        TextArea note = form.field("note", new TextArea(form.getTranslation("repair.note")));
        Choice.showWhen(outcome, VendorOutcome.REPLACED::equals, serial, warranty);
        outcome.addValueChangeListener(chosen -> note.setRequiredIndicatorVisible(
                chosen.getValue() == VendorOutcome.REFUSED));
        return form.button("recordResult", "repair.recordResult", () -> {
            boolean replaced = outcome.getValue() == VendorOutcome.REPLACED;
            tasks.recordServiceResult(task.getId(), new RepairForms.ServiceResult(outcome.getValue(),
                    note.getValue(), replaced ? serial.getValue() : null, replaced ? warranty.getValue() : null));
        }, completed);
    }
}
