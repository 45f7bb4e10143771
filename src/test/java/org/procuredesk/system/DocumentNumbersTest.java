package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Each series of documents counts on its own, and a rolled-back document gives its number back. */
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
}
