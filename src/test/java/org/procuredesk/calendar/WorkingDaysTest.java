package org.procuredesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Test
    void addingWorkingDaysSkipsTheWeekend() {
        LocalDate thursday = LocalDate.of(2026, 6, 11);

        assertThat(calendar.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(calendar.addWorkingDays(thursday, 2)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(calendar.addWorkingDays(thursday, 10)).isEqualTo(LocalDate.of(2026, 6, 25));
    }

    @Test
    void addingWorkingDaysSkipsChristmasAndTheNewYearHolidays() {
        LocalDate wednesday = LocalDate.of(2026, 12, 23);

        assertThat(calendar.addWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(calendar.addWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(calendar.addWorkingDays(wednesday, 5)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.addWorkingDays(wednesday, 6)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.addWorkingDays(wednesday, 8)).as("6 and 7 January are holidays")
                .isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void addingWorkingDaysCrossesTheLeapDayOf2028() {
        LocalDate friday = LocalDate.of(2028, 2, 25);

        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void zeroWorkingDaysIsTheSameDayOrTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 9), 0)).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 6), 0)).isEqualTo(LocalDate.of(2026, 6, 8));
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
