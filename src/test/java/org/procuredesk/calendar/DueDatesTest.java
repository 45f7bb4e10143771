package org.procuredesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates and timers for BPMN: the end of a working day in Bucharest, summer and winter alike. */
class DueDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in summer, UTC+3                                   | 2026-07-08T10:00 | 2 | 2026-07-10T14:00:00Z
            in winter, UTC+2                                   | 2026-01-13T10:00 | 2 | 2026-01-15T15:00:00Z
            from winter time across the last Sunday of March   | 2026-03-27T10:00 | 2 | 2026-03-31T14:00:00Z
            from summer time across the last Sunday of October | 2026-10-23T10:00 | 2 | 2026-10-27T15:00:00Z
            across the year end                                | 2027-12-30T10:00 | 2 | 2028-01-03T15:00:00Z
            onto the leap day                                  | 2028-02-28T10:00 | 1 | 2028-02-29T15:00:00Z
            today in Bucharest while UTC is still on yesterday | 2026-07-01T01:30 | 0 | 2026-07-01T14:00:00Z
            """)
    void dueIsFiveInTheAfternoonBucharestTimeOfTheDueDay(String when, String now, int workingDays, Instant due) {
        assertThat(Calendars.romaniaAt(now).dueAfterWorkingDays(workingDays).toInstant()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from a task due on Friday in winter time              | 2026-03-27T15:00:00Z | 3 | 2026-04-01T14:00:00Z
            from Saturday 00:30 in Bucharest, still Friday in UTC | 2026-06-12T21:30:00Z | 1 | 2026-06-16T14:00:00Z
            """)
    void aTimerCountsFromTheCompanyDayOfAnotherMomentSuchAsATasksDueDate(String when, Instant from, int workingDays,
                                                                         Instant due) {
        assertThat(Calendars.romania().dueAfterWorkingDays(Date.from(from), workingDays).toInstant()).isEqualTo(due);
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
