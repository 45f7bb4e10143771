package org.procuredesk.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Business calendars for the tests: Romania in Bucharest time, with the clock stopped at a company-local moment. */
final class Calendars {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    private Calendars() {
    }

    static BusinessCalendar romania() {
        return romaniaAt("2026-06-01T09:00");
    }

    static BusinessCalendar romaniaAt(String companyLocalTime) {
        return calendar(properties(List.of(), List.of(), DeadlinePolicy.PREVIOUS_WORKING_DAY), companyLocalTime);
    }

    static BusinessCalendar romania(DeadlinePolicy policy) {
        return calendar(properties(List.of(), List.of(), policy), "2026-06-01T09:00");
    }

    static BusinessCalendar romania(List<LocalDate> extraDaysOff, List<LocalDate> extraWorkingDays) {
        return calendar(properties(extraDaysOff, extraWorkingDays, DeadlinePolicy.PREVIOUS_WORKING_DAY),
                "2026-06-01T09:00");
    }

    static BusinessCalendarProperties properties(List<LocalDate> extraDaysOff, List<LocalDate> extraWorkingDays,
                                                 DeadlinePolicy policy) {
        return new BusinessCalendarProperties("RO", extraDaysOff, extraWorkingDays, LocalTime.of(17, 0), policy);
    }

    static BusinessCalendar calendar(BusinessCalendarProperties properties, String companyLocalTime) {
        Clock clock = Clock.fixed(LocalDateTime.parse(companyLocalTime).atZone(BUCHAREST).toInstant(), BUCHAREST);
        return new BusinessCalendar(properties, BUCHAREST, clock);
    }
}
