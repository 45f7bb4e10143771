package org.procuredesk.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A period of whole days, both included, as reports and exports ask for it; in a time zone, from the first moment of
 * its first day to the first moment after its last.
 */
public record DayPeriod(LocalDate from, LocalDate to) {

    /**
     * Refused on the field of a missing day or of one no database keeps ({@link StorableDate}), or on {@code from}
     * when it is after {@code to}.
     */
    public DayPeriod {
        within("from", from);
        within("to", to);
        if (from.isAfter(to)) {
            throw DomainException.ofField("from", "period.fromAfterTo");
        }
    }

    private static void within(String field, LocalDate day) {
        if (day == null) {
            throw DomainException.ofField(field, "validation.required");
        }
        if (!StorableDate.Check.storable(day)) {
            throw DomainException.ofField(field, "period.dayOutOfRange", StorableDate.Check.FIRST.toString(),
                    StorableDate.Check.LAST.toString());
        }
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
