package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many a replenishment orders: up to the maximum level, rounded up to whole packs. */
class OrderQuantityTest {

    @Test
    void ordersUpToTheMaximumLevelWhenPacksAreSingleUnits() {
        assertThat(OrderQuantity.of(20, 3, 1)).isEqualTo(17);
    }

    @Test
    void roundsUpToTheSuppliersPackSize() {
        assertThat(OrderQuantity.of(20, 3, 5)).isEqualTo(20);
        assertThat(OrderQuantity.of(20, 5, 5)).isEqualTo(15);
        assertThat(OrderQuantity.of(20, 0, 6)).isEqualTo(24);
    }

    @Test
    void aStockAtItsMaximumThatStillSitsAtTheReorderPointGetsOnePack() {
        assertThat(OrderQuantity.of(10, 10, 4)).isEqualTo(4);
    }
}
