package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarrantyTest {

    static final LocalDate LAST_DAY = LocalDate.of(2028, 1, 31);

    @Test
    void coversAFaultReportedOnOrBeforeItsLastDay() {
        assertThat(Warranty.covers(LAST_DAY, LAST_DAY)).isTrue();
        assertThat(Warranty.covers(LAST_DAY, LAST_DAY.minusYears(1))).isTrue();
    }

    @Test
    void doesNotCoverAFaultReportedTheDayAfter() {
        assertThat(Warranty.covers(LAST_DAY, LAST_DAY.plusDays(1))).isFalse();
    }

    @Test
    void anAssetWithoutWarrantyIsNeverCovered() {
        assertThat(Warranty.covers(null, LAST_DAY)).isFalse();
    }
}
