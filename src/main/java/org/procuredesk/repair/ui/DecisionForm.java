package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.repair.OutOfWarrantyDecision;
import org.procuredesk.repair.RepairForms;
import org.procuredesk.repair.RepairProcess;
import org.procuredesk.repair.RepairTasks;
import org.procuredesk.system.ui.FieldsForm;
import org.procuredesk.system.ui.TaskForm;

/** The IT head decides for an asset out of warranty; a paid repair or a replacement asks what it may cost. */
@SpringComponent
class DecisionForm implements TaskForm {

    private final RepairTasks tasks;

    DecisionForm(RepairTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return RepairProcess.DECIDE_OUT_OF_WARRANTY.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        FieldsForm form = new FieldsForm("repair");
        RadioButtonGroup<OutOfWarrantyDecision> decision = form.field("decision",
                Choice.of(form.getTranslation("repair.decision"), OutOfWarrantyDecision.values(),
                        OutOfWarrantyDecision::messageKey));
        BigDecimalField cost = form.field("estimatedCost",
                new BigDecimalField(form.getTranslation("repair.estimatedCost")));
        TextArea comment = form.field("comment", new TextArea(form.getTranslation("repair.comment")));
        Choice.showWhen(decision, chosen -> chosen != OutOfWarrantyDecision.REPAIR_IN_HOUSE, cost);
        return form.button("decide", "repair.decide", () -> tasks.decide(task.getId(),
                new RepairForms.Decision(decision.getValue(), cost.getValue(), comment.getValue())), completed);
    }
}
