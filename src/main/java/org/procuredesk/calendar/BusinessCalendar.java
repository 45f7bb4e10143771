package org.procuredesk.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The company's working days, in the company time zone: Monday to Friday, less the country's public
 * holidays and the company's extra days off, plus its extra working days. Every deadline and timer
 * counts in these; BPMN models reach it by name, e.g.
 * {@code camunda:dueDate="${businessCalendar.dueAfterWorkingDays(2)}"}.
 */
@Component("businessCalendar")
public class BusinessCalendar {

    private final PublicHolidays publicHolidays;
    private final Set<LocalDate> extraDaysOff;
    private final Set<LocalDate> extraWorkingDays;
    private final LocalTime endOfWorkingDay;
    private final DeadlinePolicy deadlinePolicy;
    private final ZoneId zone;
    private final Clock clock;

    public BusinessCalendar(BusinessCalendarProperties properties, ZoneId companyTimeZone, Clock clock) {
        this.publicHolidays = new PublicHolidays(properties.country());
        this.extraDaysOff = Set.copyOf(properties.extraDaysOff());
        this.extraWorkingDays = Set.copyOf(properties.extraWorkingDays());
        this.endOfWorkingDay = properties.endOfWorkingDay();
        this.deadlinePolicy = properties.deadlinePolicy();
        this.zone = companyTimeZone;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (extraWorkingDays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !extraDaysOff.contains(day) && !publicHolidays.includes(day);
    }

    /**
     * The working day {@code days} working days after {@code from}. A day off counts as the first working
     * day after it, so 0 days is {@code from} itself or that next working day, and adding 1 and then 2
     * gives the same day as adding 3.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + days);
        }
        LocalDate day = DeadlinePolicy.NEXT_WORKING_DAY.workingDayFor(from, this::isWorkingDay);
        for (int added = 0; added < days; added++) {
            day = DeadlinePolicy.NEXT_WORKING_DAY.workingDayFor(day.plusDays(1), this::isWorkingDay);
        }
        return day;
    }

    /** The last working day before {@code day}. */
    public LocalDate previousWorkingDay(LocalDate day) {
        return DeadlinePolicy.PREVIOUS_WORKING_DAY.workingDayFor(day.minusDays(1), this::isWorkingDay);
    }

    /** The end of the working day {@code days} working days from today: a due date or timer for BPMN. */
    public Date dueAfterWorkingDays(int days) {
        return dueAfter(LocalDate.now(clock.withZone(zone)), days);
    }

    /** The end of the working day {@code days} working days after the company day of {@code from}. */
    public Date dueAfterWorkingDays(Date from, int days) {
        return dueAfter(LocalDate.ofInstant(from.toInstant(), zone), days);
    }

    /** A deadline's day: the nominal day, or the working day the deadline policy moves it to. */
    public LocalDate deadlineOn(LocalDate nominal) {
        return deadlinePolicy.workingDayFor(nominal, this::isWorkingDay);
    }

    /** When the working day ends on that day, at the offset the company zone has on that day. */
    public ZonedDateTime endOfWorkingDay(LocalDate day) {
        return ZonedDateTime.of(day, endOfWorkingDay, zone);
    }

    private Date dueAfter(LocalDate from, int days) {
        return Date.from(endOfWorkingDay(addWorkingDays(from, days)).toInstant());
    }
}
