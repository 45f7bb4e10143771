package org.procuredesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.procuredesk.system.DayPeriod;

/** The engine's times as instants, and a period of days (company time zone) as the engine's times. */
final class EngineTimes {

    private EngineTimes() {
    }

    static Instant of(Date time) {
        return time == null ? null : time.toInstant();
    }

    /** The first moment of the period, company time. */
    static Date startOf(DayPeriod period, Clock clock) {
        return Date.from(period.start(clock.getZone()));
    }

    /** The last moment (millisecond) of the period, company time: engine queries include their bounds. */
    static Date endOf(DayPeriod period, Clock clock) {
        return Date.from(period.end(clock.getZone()).minusMillis(1));
    }

    /** How an export names a period: {@code 2026-11-01..2026-11-30}. */
    static String period(LocalDate from, LocalDate to) {
        return from + ".." + to;
    }
}
