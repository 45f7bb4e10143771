package org.procuredesk.purchasing;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * IT support places the order for an approved, budgeted application (step 7): supplier, order number,
 * expected delivery and the actual price of each line. An order over the approved total by more than the
 * margin waits for the IT head; one they send back, or reject the application over, is cancelled.
 */
@Service
@Validated
@Transactional
public class OrderPlacement {

    private final TaskActions taskActions;
    private final RequestRecords records;
    private final PurchaseOrderRepository orders;
    private final PriceOverrunPolicy priceOverrun;
    private final Clock clock;

    OrderPlacement(TaskActions taskActions, RequestRecords records,
                   PurchaseOrderRepository orders, PriceOverrunPolicy priceOverrun, Clock clock) {
        this.taskActions = taskActions;
        this.records = records;
        this.orders = orders;
        this.priceOverrun = priceOverrun;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('IT_SUPPORT')")
    public PurchaseOrderView placeOrder(String taskId, @Valid OrderForm form) {
        String me = CurrentUser.username();
        Task task = taskActions.actionable(taskId, me, Set.of(ApplicationToItProcess.PLACE_ORDER));
        RequestView request = records.view((Long) taskActions.processVariable(task, ApplicationToItProcess.VAR_REQUEST_ID));
        if (form.expectedDelivery().isBefore(LocalDate.now(clock))) {
            throw DomainException.ofField("expectedDelivery", "order.deliveryInThePast");
        }
        PurchaseOrder order = orders.save(new PurchaseOrder(request.id(), form, lines(request, form.unitPrices()),
                request.total(), me, clock.instant()));
        taskActions.complete(task, me, null, Map.of(
                ApplicationToItProcess.VAR_PURCHASE_ORDER_ID, order.getId(),
                ApplicationToItProcess.VAR_PRICE_OVERRUN, priceOverrun.exceeds(request.total(), order.getTotal())));
        return order.view();
    }

    /**
     * The IT head sent the order back or rejected the application over its price
     * ({@code ${orderPlacement.cancelOrderInForce(execution)}}): the order no longer stands.
     */
    public void cancelOrderInForce(DelegateExecution execution) {
        orders.findFirstByRequestIdAndStatusOrderByIdDesc(
                (Long) execution.getVariable(ApplicationToItProcess.VAR_REQUEST_ID), PurchaseOrder.Status.PLACED)
                .ifPresent(PurchaseOrder::cancel);
    }

    private static List<OrderLine> lines(RequestView request, List<BigDecimal> unitPrices) {
        if (unitPrices.size() != request.lines().size()) {
            throw DomainException.ofField("unitPrices", "order.pricePerLine", String.valueOf(request.lines().size()));
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < unitPrices.size(); i++) {
            LineForm line = request.lines().get(i);
            lines.add(new OrderLine(line.quantity(), unitPrices.get(i)));
        }
        return lines;
    }
}
