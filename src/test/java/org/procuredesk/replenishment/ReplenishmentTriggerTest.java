package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What starts a replenishment: an issue that leaves the stock at or below its reorder point, or the daily check. */
class ReplenishmentTriggerTest extends WithReplenishments {

    @Autowired
    ReplenishmentCheck check;

    @Test
    void anIssueThatLeavesTheStockAtTheReorderPointStartsOneReplenishmentAndFurtherIssuesStartNone() {
        String toner = item("Toner HP 59A", 5, 20, 1, "250.00");
        receive(warehouse, toner, 10);

        issueToAna(warehouse, line(toner, 4));
        assertThat(replenishmentsOf(toner, warehouse)).isEmpty();
        issueToAna(warehouse, line(toner, 1));
        issueToAna(warehouse, line(toner, 2));

        Replenishment started = onlyReplenishmentOf(toner, warehouse);
        assertThat(started.getNumber()).startsWith("REP-");
        assertThat(started.getRequestedBy()).isEqualTo(KEEPER);
        assertThat(started.getQuantity()).isEqualTo(15);
        assertThat(started.getOrderValue()).isEqualByComparingTo("3750.00");
        assertThat(started.getState().isOpen()).isTrue();
        assertThat(processesOf(started.getNumber())).isEqualTo(1);
        assertThat(replenishmentsOf(toner, otherWarehouse)).isEmpty();
    }

    @Test
    void theDailyCheckStartsTheReplenishmentOfAStockAtItsReorderPointThatHasNoneOnce() {
        String drum = item("Drum Brother DR-2400", 5, 20, 1, "40.00");
        receive(warehouse, drum, 3);
        assertThat(replenishmentsOf(drum, warehouse)).isEmpty();

        check.startMissing();
        check.startMissing();

        Replenishment started = onlyReplenishmentOf(drum, warehouse);
        assertThat(started.getRequestedBy()).isEqualTo(ReplenishmentProcess.SYSTEM);
        assertThat(started.getQuantity()).isEqualTo(17);
        assertThat(processesOf(started.getNumber())).isEqualTo(1);
    }

    @Test
    void theDailyCheckLeavesAStockAboveItsReorderPointAlone() {
        String paper = item("Paper A4", 5, 20, 1, "20.00");
        receive(warehouse, paper, 6);

        check.startMissing();

        assertThat(replenishmentsOf(paper, warehouse)).isEmpty();
    }
}
