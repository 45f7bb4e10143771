package org.procuredesk.purchasing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.Role;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.stereotype.Component;

/**
 * A delivery past its expected date reminds IT support every day until the goods are received
 * ({@code ${lateDelivery}}): the model's timer asks {@link #reminderCycle} when to start, this sends the reminder.
 */
@Component("lateDelivery")
public class LateDelivery implements JavaDelegate {

    private final PurchaseOrderRepository orders;
    private final Notifications notifications;
    private final PurchasingProperties properties;
    private final ZoneId companyTimeZone;

    LateDelivery(PurchaseOrderRepository orders, Notifications notifications, PurchasingProperties properties,
                 ZoneId companyTimeZone) {
        this.orders = orders;
        this.notifications = notifications;
        this.properties = properties;
        this.companyTimeZone = companyTimeZone;
    }

    /** Every day from the morning after the expected delivery date, in the company's time zone. */
    public String reminderCycle(DelegateExecution execution) {
        PurchaseOrder order = order(execution);
        return "R/%s/P1D".formatted(order.getExpectedDelivery().plusDays(1)
                .atTime(properties.lateDeliveryReminderTime()).atZone(companyTimeZone)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @Override
    public void execute(DelegateExecution execution) {
        PurchaseOrder order = order(execution);
        notifications.notifyRole(Role.IT_SUPPORT.name(), NotificationKind.LATE_DELIVERY,
                Links.application(order.getRequestId()), "notice.deliveryLate",
                execution.getProcessBusinessKey(), order.getSupplier(), order.getOrderNumber(),
                order.getExpectedDelivery());
    }

    private PurchaseOrder order(DelegateExecution execution) {
        return orders.findById((Long) execution.getVariable(ApplicationToItProcess.VAR_PURCHASE_ORDER_ID))
                .orElseThrow();
    }
}
