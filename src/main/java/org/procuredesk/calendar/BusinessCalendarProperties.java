package org.procuredesk.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company's business calendar: whose public holidays it keeps (an ISO 3166 country code known to
 * Jollyday), the company's own extra days off and extra working days, when the working day ends, and
 * where a deadline goes when it falls on a day nobody works.
 */
@ConfigurationProperties("procuredesk.calendar")
public record BusinessCalendarProperties(
        @DefaultValue("RO") String country,
        @DefaultValue List<LocalDate> extraDaysOff,
        @DefaultValue List<LocalDate> extraWorkingDays,
        @DefaultValue("17:00") LocalTime endOfWorkingDay,
        @DefaultValue("PREVIOUS_WORKING_DAY") DeadlinePolicy deadlinePolicy) {

    public BusinessCalendarProperties {
        extraDaysOff = List.copyOf(extraDaysOff);
        extraWorkingDays = List.copyOf(extraWorkingDays);
        Set<LocalDate> both = new HashSet<>(extraDaysOff);
        both.retainAll(extraWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Both an extra day off and an extra working day: " + both);
        }
    }
}
