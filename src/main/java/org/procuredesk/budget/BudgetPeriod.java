package org.procuredesk.budget;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procuredesk.system.DomainException;

/**
 * The period a budget pays for, and its name, the business key of its process: {@code WEEKLY-2026-W49} is the
 * ISO week from Monday 30 November 2026, {@code MONTHLY-2026-12} is December 2026. A budget is due before its
 * period starts: the weekly one on the Wednesday of the week before, the monthly one on the 25th of the month
 * before.
 *
 * @param start the first day of the period: a Monday, or the first of a month
 */
public record BudgetPeriod(BudgetKind kind, LocalDate start) {

    private static final Pattern KEY = Pattern.compile("(WEEKLY)-(\\d{4})-W(\\d{2})|(MONTHLY)-(\\d{4})-(\\d{2})");

    public BudgetPeriod {
        if (kind == BudgetKind.WEEKLY ? start.getDayOfWeek() != DayOfWeek.MONDAY : start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("A " + kind + " period cannot start on " + start);
        }
    }

    /** The period of that kind the day falls in. */
    public static BudgetPeriod containing(BudgetKind kind, LocalDate day) {
        return new BudgetPeriod(kind, kind == BudgetKind.WEEKLY
                ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1));
    }

    /** The period a key names; a key that names none is refused with a translated message. */
    public static BudgetPeriod parse(String key) {
        Matcher matcher = KEY.matcher(key == null ? "" : key);
        try {
            if (matcher.matches() && matcher.group(1) != null) {
                LocalDate inWeek = LocalDate.of(Integer.parseInt(matcher.group(2)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(3)));
                BudgetPeriod period = containing(BudgetKind.WEEKLY, inWeek);
                if (period.key().equals(key)) {
                    return period;
                }
            } else if (matcher.matches()) {
                return new BudgetPeriod(BudgetKind.MONTHLY, YearMonth.of(Integer.parseInt(matcher.group(5)),
                        Integer.parseInt(matcher.group(6))).atDay(1));
            }
        } catch (DateTimeException notADate) {
            throw new DomainException("budget.noSuchPeriod", String.valueOf(key));
        }
        throw new DomainException("budget.noSuchPeriod", String.valueOf(key));
    }

    /** The budget's name and business key. */
    public String key() {
        return kind == BudgetKind.WEEKLY
                ? "WEEKLY-%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : "MONTHLY-%d-%02d".formatted(start.getYear(), start.getMonthValue());
    }

    /** The last day of the period. */
    public LocalDate end() {
        return next().start.minusDays(1);
    }

    public BudgetPeriod next() {
        return new BudgetPeriod(kind, kind == BudgetKind.WEEKLY ? start.plusWeeks(1) : start.plusMonths(1));
    }

    public BudgetPeriod previous() {
        return new BudgetPeriod(kind, kind == BudgetKind.WEEKLY ? start.minusWeeks(1) : start.minusMonths(1));
    }

    /** The day the budget is due when that is a working day: Wednesday of the week before, or the 25th of the month before. */
    public LocalDate nominalDeadline() {
        return kind == BudgetKind.WEEKLY ? start.minusDays(5) : start.minusMonths(1).withDayOfMonth(25);
    }

    @Override
    public String toString() {
        return key();
    }
}
