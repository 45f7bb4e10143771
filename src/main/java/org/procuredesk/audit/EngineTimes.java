package org.procuredesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.procuredesk.system.DomainException;

/** The engine's times as instants, and a period of days (company time zone) as the engine's times. */
final class EngineTimes {

    private EngineTimes() {
    }

    static Instant of(Date time) {
        return time == null ? null : time.toInstant();
    }

    /** The first moment of the day, company time. */
    static Date startOf(LocalDate day, Clock clock) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    /** The last moment (millisecond) of the day, company time: engine queries include their bounds. */
    static Date endOf(LocalDate day, Clock clock) {
        return Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusMillis(1));
    }

    /** Refuses a period without both days, or ending before it starts. */
    static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("audit.period.invalid", from, to);
        }
    }

    /** How an export names a period: {@code 2026-11-01..2026-11-30}. */
    static String period(LocalDate from, LocalDate to) {
        return from + ".." + to;
    }
}
