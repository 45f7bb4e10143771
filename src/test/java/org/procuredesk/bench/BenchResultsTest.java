package org.procuredesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procuredesk.bench.BenchResults.Entry;

class BenchResultsTest {

    @Test
    void aBenchmarkMeasuredAgainOnTheSameDatabaseReplacesItsEntryAndKeepsTheOtherDatabases() {
        Entry h2 = Entry.against("B3 first page", "H2 2.3", 4, 20, "ms p95", "p95 < 50 ms", true);
        Entry mariaDb = Entry.against("B3 first page", "MariaDB 10.11", 9, 800, "ms p95", "p95 < 50 ms", true);
        Entry again = Entry.against("B3 first page", "H2 2.3", 5, 20, "ms p95", "p95 < 50 ms", true);

        assertThat(BenchResults.merged(List.of(h2, mariaDb), List.of(again))).containsExactly(again, mariaDb);
    }

    @Test
    void theTableShowsTheRatioToTheBaselineAndSaysInPlainWordsWhereAGoalIsMissed() {
        Entry met = Entry.against("B3 first page", "MariaDB 10.11", 9, 800, "ms p95", "p95 < 50 ms", true);
        Entry missed = Entry.against("B1 throughput", "MariaDB 10.11", 40, 63, "instances/s",
                "≥ 0.8 × the baseline", false);

        String table = BenchResults.table(List.of(met, missed));

        assertThat(table).contains("| B3 first page | MariaDB 10.11 | 9.00 ms p95 | 800 ms p95 | 0.01× | p95 < 50 ms | yes |")
                .contains("| B1 throughput | MariaDB 10.11 | 40.00 instances/s | 63.00 instances/s | 0.63× |"
                        + " ≥ 0.8 × the baseline | **no: missed** |");
    }
}
