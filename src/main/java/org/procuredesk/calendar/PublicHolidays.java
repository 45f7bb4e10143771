package org.procuredesk.calendar;

import static java.util.stream.Collectors.toUnmodifiableSet;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The public holidays of one country, from Jollyday, worked out once for each year asked about. */
final class PublicHolidays {

    private final HolidayManager holidays;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    PublicHolidays(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        if (!HolidayManager.getSupportedCalendarCodes().contains(code)) {
            throw new IllegalArgumentException("No public holidays are known for the country '" + country + "'");
        }
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(code));
    }

    boolean includes(LocalDate day) {
        return byYear.computeIfAbsent(day.getYear(), this::holidaysIn).contains(day);
    }

    private Set<LocalDate> holidaysIn(int year) {
        return holidays.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getActualDate)
                .collect(toUnmodifiableSet());
    }
}
