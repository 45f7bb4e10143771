package org.procuredesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Romania's working days of 2026 to 2028 written out by hand from the Labour Code (art. 139), owing
 * nothing to Jollyday or to the code under test: what the business calendar is checked against.
 */
public final class RomanianWorkingDaysByHand {

    static final List<Integer> YEARS = List.of(2026, 2027, 2028);

    private static final List<MonthDay> FIXED_HOLIDAYS = Stream.of("--01-01", "--01-02", "--01-06", "--01-07",
            "--01-24", "--05-01", "--06-01", "--08-15", "--11-30", "--12-01", "--12-25", "--12-26")
            .map(MonthDay::parse).toList();

    /** Orthodox Easter Sundays; Good Friday, Easter Monday, Pentecost and Whit Monday follow from them. */
    private static final List<LocalDate> ORTHODOX_EASTER = Stream.of("2026-04-12", "2027-05-02", "2028-04-16")
            .map(LocalDate::parse).toList();

    private static final Set<LocalDate> HOLIDAYS = holidays();

    private RomanianWorkingDaysByHand() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !HOLIDAYS.contains(day);
    }

    private static Set<LocalDate> holidays() {
        Set<LocalDate> holidays = new HashSet<>();
        for (int year : YEARS) {
            FIXED_HOLIDAYS.forEach(monthDay -> holidays.add(monthDay.atYear(year)));
        }
        for (LocalDate easter : ORTHODOX_EASTER) {
            Stream.of(-2, 0, 1, 49, 50).forEach(offset -> holidays.add(easter.plusDays(offset)));
        }
        return holidays;
    }
}
