package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.purchasing.GoodsReception;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.TaskForm;

/**
 * The warehouse keeper receives what was ordered, against the order in force: the supplier's document and
 * every unit with its serial number and warranty. The receipt's number and printout are shown once recorded.
 */
@SpringComponent
class ReceiveGoodsForm implements TaskForm {

    private final RequestTaskService requestTasks;
    private final GoodsReception goodsReception;
    private final Purchases purchases;
    private final PurchaseDocumentLinks links;
    private final Formats formats;
    private final Clock clock;

    ReceiveGoodsForm(RequestTaskService requestTasks, GoodsReception goodsReception, Purchases purchases,
                     PurchaseDocumentLinks links, Formats formats, Clock clock) {
        this.requestTasks = requestTasks;
        this.goodsReception = goodsReception;
        this.purchases = purchases;
        this.links = links;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApplicationToItProcess.RECEIVE_GOODS.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        RequestView application = requestTasks.applicationOf(task.getId());
        LocalDate today = LocalDate.now(clock);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        OrderInForce.of(purchases.ordersOf(application.id()))
                .ifPresent(order -> form.add(new OrderFacts(order, today, formats)));
        ReceiptEditor editor = new ReceiptEditor(application.lines(), today);
        Button receive = new Button(form.getTranslation("purchase.receipt.receive"));
        receive.setId("receipt-receive");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        receive.addClickListener(click -> FormSubmission.result(editor,
                () -> goodsReception.receiveGoods(task.getId(), editor.value())).ifPresent(number -> {
                    editor.setEnabled(false);
                    receive.setVisible(false);
                    String done = form.getTranslation("purchase.receipt.done", number);
                    form.add(new CompletionNote("receipt-done", done, links.receipt(application.id(), number),
                            completed));
                }));
        form.add(editor, receive);
        return form;
    }
}
