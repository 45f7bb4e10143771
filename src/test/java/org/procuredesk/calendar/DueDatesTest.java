package org.procuredesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Due dates and timers for BPMN: the end of a working day in Bucharest, summer and winter alike. */
class DueDatesTest {

    @Test
    void dueInSummerIsFiveInTheAfternoonBucharestSummerTime() {
        BusinessCalendar wednesday = Calendars.romaniaAt("2026-07-08T10:00");

        assertThat(wednesday.dueAfterWorkingDays(2).toInstant()).isEqualTo("2026-07-10T14:00:00Z");
    }

    @Test
    void dueInWinterIsFiveInTheAfternoonBucharestWinterTime() {
        BusinessCalendar tuesday = Calendars.romaniaAt("2026-01-13T10:00");

        assertThat(tuesday.dueAfterWorkingDays(2).toInstant()).isEqualTo("2026-01-15T15:00:00Z");
    }

    @Test
    void dueAcrossTheLastSundayOfMarchTakesSummerTime() {
        BusinessCalendar fridayInWinterTime = Calendars.romaniaAt("2026-03-27T10:00");

        assertThat(fridayInWinterTime.dueAfterWorkingDays(2).toInstant()).isEqualTo("2026-03-31T14:00:00Z");
    }

    @Test
    void dueAcrossTheLastSundayOfOctoberTakesWinterTime() {
        BusinessCalendar fridayInSummerTime = Calendars.romaniaAt("2026-10-23T10:00");

        assertThat(fridayInSummerTime.dueAfterWorkingDays(2).toInstant()).isEqualTo("2026-10-27T15:00:00Z");
    }

    @Test
    void dueAcrossTheYearEndAndTheLeapDay() {
        assertThat(Calendars.romaniaAt("2027-12-30T10:00").dueAfterWorkingDays(2).toInstant())
                .isEqualTo("2028-01-03T15:00:00Z");
        assertThat(Calendars.romaniaAt("2028-02-28T10:00").dueAfterWorkingDays(1).toInstant())
                .isEqualTo("2028-02-29T15:00:00Z");
    }

    @Test
    void todayIsTheCompanysDayNotTheUtcOne() {
        BusinessCalendar wednesdayNightInBucharestStillTuesdayInUtc = Calendars.romaniaAt("2026-07-01T01:30");

        assertThat(wednesdayNightInBucharestStillTuesdayInUtc.dueAfterWorkingDays(0).toInstant())
                .isEqualTo("2026-07-01T14:00:00Z");
    }

    @Test
    void aTimerCountsFromAnotherMomentSuchAsATasksDueDate() {
        BusinessCalendar calendar = Calendars.romania();
        Date approvalDueFridayInWinterTime = Date.from(Instant.parse("2026-03-27T15:00:00Z"));

        assertThat(calendar.dueAfterWorkingDays(approvalDueFridayInWinterTime, 3).toInstant())
                .isEqualTo("2026-04-01T14:00:00Z");
    }

    @Test
    void aTimerCountsFromTheCompanysDayOfItsStartingMoment() {
        BusinessCalendar calendar = Calendars.romania();
        Date saturdayJustAfterMidnightInBucharestStillFridayInUtc = Date.from(Instant.parse("2026-06-12T21:30:00Z"));

        assertThat(calendar.dueAfterWorkingDays(saturdayJustAfterMidnightInBucharestStillFridayInUtc, 1).toInstant())
                .isEqualTo("2026-06-16T14:00:00Z");
    }

    @Test
    void theEndOfTheWorkingDayTakesTheOffsetOfItsOwnDay() {
        BusinessCalendar calendar = Calendars.romania();

        assertThat(calendar.endOfWorkingDay(LocalDate.of(2026, 3, 28)).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(calendar.endOfWorkingDay(LocalDate.of(2026, 3, 29)).getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(calendar.endOfWorkingDay(LocalDate.of(2026, 10, 25)).toLocalTime()).hasToString("17:00");
        assertThat(calendar.endOfWorkingDay(LocalDate.of(2026, 10, 25)).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }
}
