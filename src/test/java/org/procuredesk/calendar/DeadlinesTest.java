package org.procuredesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a deadline goes when its day is not a working day: the weekly and monthly budgets. */
class DeadlinesTest {

    final BusinessCalendar previous = Calendars.romania(DeadlinePolicy.PREVIOUS_WORKING_DAY);
    final BusinessCalendar next = Calendars.romania(DeadlinePolicy.NEXT_WORKING_DAY);

    @ParameterizedTest(name = "{0}: {1} ({3}) is due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PREVIOUS_WORKING_DAY | 2026-06-10 | 2026-06-10 | a working Wednesday
            NEXT_WORKING_DAY     | 2026-06-10 | 2026-06-10 | a working Wednesday
            PREVIOUS_WORKING_DAY | 2026-06-13 | 2026-06-12 | Saturday
            NEXT_WORKING_DAY     | 2026-06-13 | 2026-06-15 | Saturday
            PREVIOUS_WORKING_DAY | 2026-06-14 | 2026-06-12 | Sunday
            NEXT_WORKING_DAY     | 2026-06-14 | 2026-06-15 | Sunday
            PREVIOUS_WORKING_DAY | 2026-04-13 | 2026-04-09 | Easter Monday, after Good Friday
            NEXT_WORKING_DAY     | 2026-04-10 | 2026-04-14 | Good Friday, before Easter Monday
            """)
    void aDeadlineOnADayOffMovesTheWayItsPolicySays(DeadlinePolicy policy, LocalDate nominal, LocalDate due,
                                                     String day) {
        assertThat(Calendars.romania(policy).deadlineOn(nominal)).isEqualTo(due);
    }

    @Test
    void weeklyAndMonthlyBudgetDeadlinesOf2026To2028MoveBackToTheWorkingDaysRomaniaWorks() {
        Map<LocalDate, LocalDate> expected = table(nominal -> nominal.minusDays(14).datesUntil(nominal.plusDays(1))
                .filter(RomanianWorkingDaysByHand::isWorkingDay).max(Comparator.naturalOrder()).orElseThrow());

        assertThat(table(previous::deadlineOn)).isEqualTo(expected)
                .containsEntry(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 11, 29))
                .containsEntry(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 23))
                .containsEntry(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 24));
    }

    @Test
    void weeklyAndMonthlyBudgetDeadlinesOf2026To2028MoveForwardToTheWorkingDaysRomaniaWorks() {
        Map<LocalDate, LocalDate> expected = table(nominal -> nominal.datesUntil(nominal.plusDays(15))
                .filter(RomanianWorkingDaysByHand::isWorkingDay).findFirst().orElseThrow());

        assertThat(table(next::deadlineOn)).isEqualTo(expected)
                .containsEntry(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 12, 2))
                .containsEntry(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 26))
                .containsEntry(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    /** Every Wednesday and every 25th of 2026 to 2028, each with its deadline. */
    private static Map<LocalDate, LocalDate> table(Function<LocalDate, LocalDate> deadline) {
        Map<LocalDate, LocalDate> table = new TreeMap<>();
        LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2029, 1, 1))
                .filter(day -> day.getDayOfWeek() == DayOfWeek.WEDNESDAY || day.getDayOfMonth() == 25)
                .forEach(nominal -> table.put(nominal, deadline.apply(nominal)));
        return table;
    }
}
