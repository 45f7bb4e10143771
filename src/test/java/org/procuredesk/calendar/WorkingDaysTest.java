package org.procuredesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which days the company works, and counting in them. */
class WorkingDaysTest {

    final BusinessCalendar calendar = Calendars.romania();

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-13", "2027-05-03", "2028-04-17", "2026-12-01", "2027-12-01", "2028-12-01",
            "2026-12-25", "2027-12-25", "2028-12-25", "2028-12-26", "2026-01-01", "2026-01-02", "2026-01-06",
            "2026-01-07", "2028-01-24", "2026-04-10", "2028-05-01", "2026-06-01", "2027-06-21", "2028-08-15",
            "2027-11-30"})
    void romanianPublicHolidaysAreNotWorkingDays(LocalDate holiday) {
        assertThat(calendar.isWorkingDay(holiday)).isFalse();
    }

    @Test
    void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 6))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 7))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 8))).as("Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 12))).as("Friday").isTrue();
    }

    @Test
    void anExtraDayOffIsNotAWorkingDayAndAnExtraWorkingSaturdayIs() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        LocalDate saturdayWorked = LocalDate.of(2026, 12, 12);

        BusinessCalendar company = Calendars.romania(List.of(christmasEve), List.of(saturdayWorked));

        assertThat(company.isWorkingDay(christmasEve)).isFalse();
        assertThat(company.isWorkingDay(saturdayWorked)).isTrue();
        assertThat(company.addWorkingDays(LocalDate.of(2026, 12, 11), 1)).isEqualTo(saturdayWorked);
        assertThat(company.addWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @ParameterizedTest(name = "{0}: {1} plus {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            across a weekend                | 2026-06-11 | 1  | 2026-06-12
            across a weekend                | 2026-06-11 | 2  | 2026-06-15
            across two weekends             | 2026-06-11 | 10 | 2026-06-25
            up to Christmas                 | 2026-12-23 | 1  | 2026-12-24
            across Christmas                | 2026-12-23 | 2  | 2026-12-28
            up to New Year's Eve            | 2026-12-23 | 5  | 2026-12-31
            across New Year                 | 2026-12-23 | 6  | 2027-01-04
            across New Year and 6-7 January | 2026-12-23 | 8  | 2027-01-08
            onto the leap day               | 2028-02-25 | 2  | 2028-02-29
            across the end of February 2028 | 2028-02-25 | 3  | 2028-03-01
            zero days from a working day    | 2026-06-09 | 0  | 2026-06-09
            zero days from a Saturday       | 2026-06-06 | 0  | 2026-06-08
            """)
    void addingWorkingDaysSkipsWeekendsAndHolidays(String span, LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @Test
    void countingFromADayOffStartsFromTheNextWorkingDaySoCountsAddUp() {
        LocalDate saturday = LocalDate.of(2026, 6, 6);

        assertThat(calendar.addWorkingDays(saturday, 2)).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(calendar.addWorkingDays(calendar.addWorkingDays(saturday, 1), 2))
                .isEqualTo(calendar.addWorkingDays(saturday, 3));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 6, 9), -1));
    }

    @Test
    void aCountryWithoutKnownHolidaysIsRefused() {
        BusinessCalendarProperties unknown = new BusinessCalendarProperties("XX", List.of(), List.of(),
                LocalTime.of(17, 0), DeadlinePolicy.PREVIOUS_WORKING_DAY);

        assertThatIllegalArgumentException().isThrownBy(() -> Calendars.calendar(unknown, "2026-06-01T09:00"))
                .withMessageContaining("XX");
    }
}
