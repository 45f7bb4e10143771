package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each series of documents counts on its own, a rolled-back document gives its number back, and documents starting
 * a series at once each get their own number.
 */
@ProcureDeskIntegrationTest
class DocumentNumbersTest {

    @Autowired
    DocumentNumbers documentNumbers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    void eachSeriesCountsOnItsOwnWithinTheYear() {
        int year = LocalDate.now(clock).getYear();

        String first = transactions.execute(status -> documentNumbers.next("TSTA"));
        String second = transactions.execute(status -> documentNumbers.next("TSTA"));
        String otherSeries = transactions.execute(status -> documentNumbers.next("TSTB"));

        assertThat(first).isEqualTo("TSTA-%d-000001".formatted(year));
        assertThat(second).isEqualTo("TSTA-%d-000002".formatted(year));
        assertThat(otherSeries).isEqualTo("TSTB-%d-000001".formatted(year));
    }

    @Test
    void aRolledBackDocumentGivesItsNumberBack() {
        transactions.executeWithoutResult(status -> {
            documentNumbers.next("TSTC");
            status.setRollbackOnly();
        });

        String afterRollback = transactions.execute(status -> documentNumbers.next("TSTC"));
        assertThat(afterRollback).endsWith("-000001");
    }

    /**
     * Each document holds its transaction open a moment after taking its number, so that the others queue on the new
     * counter: on MariaDB, creating it at once used to deadlock.
     */
    @Test
    void documentsStartingTheirSeriesAtOnceEachGetTheirOwnNumber() throws Exception {
        int documents = 6;
        int year = LocalDate.now(clock).getYear();
        ExecutorService threads = Executors.newFixedThreadPool(documents);
        try {
            for (String series : List.of("TSTD", "TSTE", "TSTF")) {
                List<String> expected = IntStream.rangeClosed(1, documents)
                        .mapToObj(n -> "%s-%d-%06d".formatted(series, year, n)).toList();

                assertThat(takenAtOnce(threads, series, documents)).containsExactlyInAnyOrderElementsOf(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> takenAtOnce(ExecutorService threads, String series, int documents) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            numbers.add(threads.submit(() -> {
                start.await();
                return transactions.execute(status -> {
                    String number = documentNumbers.next(series);
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                    return number;
                });
            }));
        }
        start.countDown();
        List<String> taken = new ArrayList<>();
        for (Future<String> number : numbers) {
            taken.add(number.get(30, TimeUnit.SECONDS));
        }
        return taken;
    }
}
