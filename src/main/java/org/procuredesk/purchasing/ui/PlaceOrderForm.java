package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.purchasing.OrderPlacement;
import org.procuredesk.purchasing.Purchases;
import org.procuredesk.purchasing.PriceOverrunPolicy;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.TaskForm;

/**
 * IT support places the order for an approved application: who supplies it, under which number, when, at what
 * prices. An order the IT head sent back is the starting point of the next one.
 */
@SpringComponent
class PlaceOrderForm implements TaskForm {

    private final RequestTaskService requestTasks;
    private final OrderPlacement orderPlacement;
    private final Purchases purchases;
    private final PriceOverrunPolicy priceOverrun;
    private final Formats formats;
    private final Clock clock;

    PlaceOrderForm(RequestTaskService requestTasks, OrderPlacement orderPlacement, Purchases purchases,
                   PriceOverrunPolicy priceOverrun, Formats formats, Clock clock) {
        this.requestTasks = requestTasks;
        this.orderPlacement = orderPlacement;
        this.purchases = purchases;
        this.priceOverrun = priceOverrun;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public boolean handles(String taskDefinitionKey) {
        return ApplicationToItProcess.PLACE_ORDER.equals(taskDefinitionKey);
    }

    @Override
    public Component create(Task task, Runnable completed) {
        RequestView application = requestTasks.applicationOf(task.getId());
        OrderEditor editor = new OrderEditor(application, priceOverrun, LocalDate.now(clock),
                formats);
        OrderInForce.of(purchases.ordersOf(application.id())).ifPresent(editor::startFrom);
        Button place = new Button(editor.getTranslation("purchase.order.place"), click -> {
            if (FormSubmission.ran(editor, () -> orderPlacement.placeOrder(task.getId(), editor.value()))) {
                completed.run();
            }
        });
        place.setId("order-place");
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(editor, place);
        form.setPadding(false);
        return form;
    }
}
