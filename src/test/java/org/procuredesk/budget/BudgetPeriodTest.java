package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.procuredesk.system.DomainException;

/** A budget's period: its name, its days, and the period after it, across year ends and leap years. */
class BudgetPeriodTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}, due nominally {3}, followed by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            WEEKLY-2026-W49  | 2026-11-30 | 2026-12-06 | 2026-11-25 | WEEKLY-2026-W50
            WEEKLY-2026-W53  | 2026-12-28 | 2027-01-03 | 2026-12-23 | WEEKLY-2027-W01
            WEEKLY-2027-W01  | 2027-01-04 | 2027-01-10 | 2026-12-30 | WEEKLY-2027-W02
            WEEKLY-2026-W01  | 2025-12-29 | 2026-01-04 | 2025-12-24 | WEEKLY-2026-W02
            MONTHLY-2026-12  | 2026-12-01 | 2026-12-31 | 2026-11-25 | MONTHLY-2027-01
            MONTHLY-2028-02  | 2028-02-01 | 2028-02-29 | 2028-01-25 | MONTHLY-2028-03
            MONTHLY-2027-02  | 2027-02-01 | 2027-02-28 | 2027-01-25 | MONTHLY-2027-03
            MONTHLY-2027-01  | 2027-01-01 | 2027-01-31 | 2026-12-25 | MONTHLY-2027-02
            """)
    void aPeriodIsNamedByTheWeekOrMonthItPaysFor(String key, LocalDate start, LocalDate end, LocalDate nominalDeadline,
                                                 String next) {
        BudgetPeriod period = BudgetPeriod.parse(key);

        assertThat(period.key()).isEqualTo(key);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.nominalDeadline()).isEqualTo(nominalDeadline);
        assertThat(period.next().key()).isEqualTo(next);
        assertThat(period.next().previous()).isEqualTo(period);
    }

    @Test
    void everyDayOfAYearFallsInExactlyOneWeekAndOneMonth() {
        LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2029, 1, 1)).forEach(day -> {
            for (BudgetKind kind : BudgetKind.values()) {
                BudgetPeriod period = BudgetPeriod.containing(kind, day);
                assertThat(day).isBetween(period.start(), period.end());
                assertThat(BudgetPeriod.parse(period.key())).isEqualTo(period);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEEKLY-2027-W53", "WEEKLY-2026-W00", "WEEKLY-2026-W54", "MONTHLY-2026-13",
        "MONTHLY-2026-00", "weekly-2026-W49", "WEEKLY-2026-49", "MONTHLY-2026-1", "", "DROP TABLE budget"})
    void aNameThatIsNoPeriodIsRefusedWithATranslatedMessage(String key) {
        assertThatThrownBy(() -> BudgetPeriod.parse(key)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.getMessageKey()).isEqualTo("budget.noSuchPeriod"));
    }
}
