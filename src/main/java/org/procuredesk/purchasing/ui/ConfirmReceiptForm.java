package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.purchasing.Handovers;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.TaskForm;

/** The requester confirms they received what IT support handed them: who handed over what, when, under which document. */
@SpringComponent
class ConfirmReceiptForm implements TaskForm {

    private final RequestTaskService requestTasks;
    private final Handovers handovers;
    private final Purchases purchases;
    private final Formats formats;

    ConfirmReceiptForm(RequestTaskService requestTasks, Handovers handovers, Purchases purchases, Formats formats) {
        this.requestTasks = requestTasks;
        this.handovers = handovers;
        this.purchases = purchases;
        this.formats = formats;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApplicationToItProcess.CONFIRM_RECEIPT.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        Long requestId = requestTasks.applicationOf(task.getId()).id();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        purchases.handoverOf(requestId).ifPresent(handover -> form.add(new HandoverFacts(handover, formats)));
        purchases.handoverMovementOf(requestId)
                .ifPresent(movement -> form.add(new MovementItemsGrid("handover-items", movement.lines())));
        Button confirm = new Button(form.getTranslation("purchase.confirm.received"), click -> {
            handovers.confirmReceipt(task.getId());
            completed.run();
        });
        confirm.setId("confirm-received");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(confirm);
        return form;
    }
}
