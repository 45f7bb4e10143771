package org.procuredesk.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.procuredesk.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * When each budget opens, is reminded of and falls due, in the company time zone and on its working days: due
 * at the configured time of the deadline's day, moved off a day off as the calendar's deadline policy says;
 * reminded at that time one working day before; opened at the start of the configured day before it, or of the
 * deadline's day if that comes first.
 */
@Component
public class BudgetSchedule {

    private final BusinessCalendar calendar;
    private final BudgetProperties properties;
    private final ZoneId zone;

    BudgetSchedule(BusinessCalendar calendar, BudgetProperties properties, ZoneId companyTimeZone) {
        this.calendar = calendar;
        this.properties = properties;
        this.zone = companyTimeZone;
    }

    public ZonedDateTime deadline(BudgetPeriod period) {
        return ZonedDateTime.of(calendar.deadlineOn(period.nominalDeadline()), properties.dueAt(), zone);
    }

    public ZonedDateTime reminder(BudgetPeriod period) {
        LocalDate deadlineDay = deadline(period).toLocalDate();
        return ZonedDateTime.of(calendar.previousWorkingDay(deadlineDay), properties.dueAt(), zone);
    }

    public ZonedDateTime opening(BudgetPeriod period) {
        LocalDate openingDay = period.kind() == BudgetKind.WEEKLY
                ? period.start().minusWeeks(1).plusDays(properties.weeklyOpensOn().getValue() - 1L)
                : period.start().minusMonths(1).withDayOfMonth(properties.monthlyOpensOnDay());
        LocalDate deadlineDay = deadline(period).toLocalDate();
        return (openingDay.isBefore(deadlineDay) ? openingDay : deadlineDay).atStartOfDay(zone);
    }

    /**
     * The periods whose budgets should be open at {@code now} and are not: each period after the last one opened
     * whose opening has come. On a first start only the latest of them, and only while its deadline is still to
     * come: a new installation does not begin with a missed deadline.
     */
    public List<BudgetPeriod> due(BudgetKind kind, Instant now, Optional<BudgetPeriod> lastOpened) {
        BudgetPeriod latest = latestOpenedBy(kind, now);
        if (lastOpened.isEmpty() && !deadline(latest).toInstant().isAfter(now)) {
            return List.of();
        }
        List<BudgetPeriod> due = new ArrayList<>();
        BudgetPeriod period = lastOpened.map(BudgetPeriod::next).orElse(latest);
        while (!period.start().isAfter(latest.start())) {
            due.add(period);
            period = period.next();
        }
        return due;
    }

    /** The first deadline of that kind still to come at {@code now}. */
    public BudgetPeriod nextDue(BudgetKind kind, Instant now) {
        BudgetPeriod period = BudgetPeriod.containing(kind, LocalDate.ofInstant(now, zone));
        while (!deadline(period).toInstant().isAfter(now)) {
            period = period.next();
        }
        return period;
    }

    private BudgetPeriod latestOpenedBy(BudgetKind kind, Instant now) {
        BudgetPeriod period = BudgetPeriod.containing(kind, LocalDate.ofInstant(now, zone)).next().next();
        while (opening(period).toInstant().isAfter(now)) {
            period = period.previous();
        }
        return period;
    }
}
