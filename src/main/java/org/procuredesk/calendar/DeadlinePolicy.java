package org.procuredesk.calendar;

import java.time.LocalDate;
import java.util.function.Predicate;

/** Where a deadline goes when its nominal day is not a working day. */
public enum DeadlinePolicy {

    /** To the last working day before it: the work is done in time. */
    PREVIOUS_WORKING_DAY(-1),

    /** To the first working day after it. */
    NEXT_WORKING_DAY(1);

    private final int step;

    DeadlinePolicy(int step) {
        this.step = step;
    }

    /** The nominal day itself when it is a working day, else the nearest working day in this policy's direction. */
    LocalDate workingDayFor(LocalDate nominal, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = nominal;
        while (!isWorkingDay.test(day)) {
            day = day.plusDays(step);
        }
        return day;
    }
}
