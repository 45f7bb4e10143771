package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.people.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Applications racing for the warehouse's last laptop, each in a thread and transaction of its own: one gets it. */
class ReservationRaceTest extends AtAnEmptyWarehouse {

    static final List<StockNeed> ONE_LAPTOP = List.of(new StockNeed(LAPTOP, null, 1));

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void lastLaptop() {
        fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"));
    }

    @Test
    void ofApplicationsReservingAtTheSameMomentOnlyOneGetsTheLastItem() throws Exception {
        List<Long> applications = List.of(fixtures.newApplication(), fixtures.newApplication(),
                fixtures.newApplication(), fixtures.newApplication());

        List<Object> outcomes = Race.run(applications.stream().map(application -> (Callable<?>)
                () -> register.reserveInStock(application, warehouse, ONE_LAPTOP)).toArray(Callable[]::new));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(List.class));
        assertThat(outcomes).filteredOn(outcome -> !((List<?>) outcome).isEmpty()).hasSize(1);
        assertThat(applications.stream().mapToInt(id -> register.reservedFor(id).size()).sum()).isEqualTo(1);
    }

    @Test
    void anApplicationReservingWhileAnotherHoldsTheLastItemWaitsAndGetsNothing() throws Exception {
        long first = fixtures.newApplication();
        long second = fixtures.newApplication();
        CountDownLatch firstReserved = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);

        CompletableFuture<List<AssetSummary>> firstOutcome = CompletableFuture.supplyAsync(() ->
                transactions.execute(status -> {
                    List<AssetSummary> reserved = register.reserveInStock(first, warehouse, ONE_LAPTOP);
                    firstReserved.countDown();
                    await(secondStarted);
                    pause();
                    return reserved;
                }));
        await(firstReserved);
        CompletableFuture<List<AssetSummary>> secondOutcome = CompletableFuture.supplyAsync(() -> {
            secondStarted.countDown();
            return register.reserveInStock(second, warehouse, ONE_LAPTOP);
        });

        assertThat(firstOutcome.get(30, TimeUnit.SECONDS)).hasSize(1);
        assertThat(secondOutcome.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(register.reservedFor(second)).isEmpty();
    }

    /** Long enough for the second reservation to reach the stock while the first still holds it. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
