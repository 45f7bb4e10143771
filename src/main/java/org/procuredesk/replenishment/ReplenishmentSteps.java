package org.procuredesk.replenishment;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.Role;
import org.procuredesk.stock.StockPosition;
import org.procuredesk.stock.StockPositions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the replenishment model's steps do ({@code ${replenishmentSteps.computeOrder(replenishmentId)}} and the
 * like): work out the order, keep the replenishment's state, and remind of a late delivery.
 */
@Component("replenishmentSteps")
@Transactional
public class ReplenishmentSteps {

    private final ReplenishmentRepository replenishments;
    private final StockPositions positions;
    private final Notifications notifications;
    private final ReplenishmentProperties properties;
    private final Clock clock;

    ReplenishmentSteps(ReplenishmentRepository replenishments, StockPositions positions,
                       Notifications notifications, ReplenishmentProperties properties, Clock clock) {
        this.replenishments = replenishments;
        this.positions = positions;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Up to the maximum level in the supplier's packs, at the catalogue's unit price; urgent when the stock is gone or
     * below what the lead time will likely use up. Nothing else is on order: this is the one open replenishment of
     * the item for the warehouse.
     */
    public void computeOrder(Long replenishmentId) {
        Replenishment replenishment = replenishment(replenishmentId);
        StockPosition position = position(replenishment);
        int quantity = OrderQuantity.of(position.maxLevel(), position.onHand(), position.packSize());
        boolean urgent = position.onHand() <= 0 || position.onHand() < position.leadTimeDemand();
        replenishment.compute(quantity, position.unitPrice(), urgent, position.preferredSupplier(), clock.instant());
    }

    /** @param state a {@link ReplenishmentState} name; an ending state frees the item and warehouse */
    public void moveTo(Long replenishmentId, String state) {
        replenishment(replenishmentId).moveTo(ReplenishmentState.valueOf(state), clock.instant());
    }

    /** Every day from the morning after the expected delivery date, in the company's time zone. */
    public String lateReminderCycle(Long replenishmentId) {
        return "R/%s/P1D".formatted(replenishment(replenishmentId).getExpectedDelivery().plusDays(1)
                .atTime(properties.lateReminderTime()).atZone(clock.getZone())
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** Tells IT support, who ordered, and the warehouse, who receives, that the delivery is late. */
    public void remindLate(Long replenishmentId) {
        Replenishment replenishment = replenishment(replenishmentId);
        for (Role told : new Role[] {Role.IT_SUPPORT, Role.WAREHOUSE}) {
            notifications.notifyRole(told.name(), NotificationKind.LATE_DELIVERY, Links.replenishments(),
                    "notice.deliveryLate", replenishment.getNumber(), replenishment.getSupplier(),
                    replenishment.getSupplierOrderReference(), replenishment.getExpectedDelivery());
        }
    }

    private Replenishment replenishment(Long replenishmentId) {
        return replenishments.findById(replenishmentId).orElseThrow();
    }

    private StockPosition position(Replenishment replenishment) {
        return positions.of(replenishment.getItemId(), replenishment.getWarehouseId()).orElseThrow();
    }
}
