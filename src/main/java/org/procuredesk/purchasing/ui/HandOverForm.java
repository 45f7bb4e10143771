package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.purchasing.Handovers;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.TaskForm;

/**
 * IT support hands the application's items to its requester: the items received for it, by inventory number,
 * or its lines when they came from stock, with a note. The movement document's number and printout follow.
 */
@SpringComponent
class HandOverForm implements TaskForm {

    private final RequestTaskService requestTasks;
    private final Handovers handovers;
    private final Purchases purchases;
    private final PurchaseDocumentLinks links;
    private final Formats formats;

    HandOverForm(RequestTaskService requestTasks, Handovers handovers, Purchases purchases,
                 PurchaseDocumentLinks links, Formats formats) {
        this.requestTasks = requestTasks;
        this.handovers = handovers;
        this.purchases = purchases;
        this.links = links;
        this.formats = formats;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApplicationToItProcess.HAND_OVER.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        RequestView application = requestTasks.applicationOf(task.getId());
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H4(form.getTranslation("purchase.handover.toIssue")), purchases.receiptOf(application.id())
                .<Component>map(receipt -> new ReceiptItemsGrid("handover-items", receipt.items(), formats))
                .orElseGet(() -> new LinesToIssue(application.lines())));
        TextArea note = new TextArea(form.getTranslation("purchase.handover.note"));
        note.setId("handover-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Button handOver = new Button(form.getTranslation("purchase.handover.submit"));
        handOver.setId("handover-submit");
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.addClickListener(click -> {
            note.setInvalid(false);
            FormSubmission.result((field, message) -> showOnNote(note, field, message),
                    () -> handovers.handOver(task.getId(), note.getValue())).ifPresent(number -> {
                        note.setReadOnly(true);
                        handOver.setVisible(false);
                        String done = form.getTranslation("purchase.handover.done", number);
                        form.add(new CompletionNote("handover-done", done, links.handover(application.id(), number),
                                completed));
                    });
        });
        form.add(note, handOver);
        return form;
    }

    /** The note is the service's only input besides the task: a violation of its parameter names no field. */
    private static boolean showOnNote(TextArea note, String field, String message) {
        if (!field.isEmpty() && !"note".equals(field)) {
            return false;
        }
        note.setErrorMessage(message);
        note.setInvalid(true);
        return true;
    }
}
