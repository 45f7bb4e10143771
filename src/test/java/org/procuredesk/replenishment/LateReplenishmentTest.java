package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

/** A replenishment past its expected delivery: from the next morning, IT support and the warehouse are reminded daily. */
class LateReplenishmentTest extends WithReplenishments {

    @Autowired
    ReplenishmentSteps steps;
    @Autowired
    Notifications notifications;

    @Test
    void theRemindersStartTheMorningAfterTheExpectedDeliveryAndTellItSupportAndTheWarehouse() {
        String toner = item("Toner Xerox 106R", 2, 10, 1, "15.00");
        receive(warehouse, toner, 2);
        issueToAna(warehouse, line(toner, 2));
        Replenishment ordered = onlyReplenishmentOf(toner, warehouse);
        source.approvedInBudget(ordered.getNumber());
        LocalDate expected = LocalDate.now().plusDays(1);
        as("ion.support", () -> {
            tasks.order(taskOf(ordered.getNumber()).getId(), new ReplenishmentForms.Order("Print Depot SRL",
                    "PD-LATE-1", expected));
            return null;
        });

        assertThat(steps.lateReminderCycle(ordered.getId())).startsWith("R/" + expected.plusDays(1) + "T09:00:00")
                .endsWith("/P1D");
        steps.remindLate(ordered.getId());

        for (String told : new String[] {KEEPER, "ion.support"}) {
            assertThat(as(told, () -> notifications.latest(told, 20, Locale.ENGLISH)))
                    .filteredOn(notice -> notice.kind() == NotificationKind.LATE_DELIVERY)
                    .extracting(NotificationView::text)
                    .anySatisfy(text -> assertThat(text).startsWith("The delivery for " + ordered.getNumber()
                            + " from Print Depot SRL (order PD-LATE-1) was expected on ")
                            .endsWith(" and has not been received."));
        }
    }
}
