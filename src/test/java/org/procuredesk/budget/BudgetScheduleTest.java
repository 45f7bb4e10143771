package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.procuredesk.budget.BudgetProperties.LimitPolicy;
import org.procuredesk.calendar.BusinessCalendar;
import org.procuredesk.calendar.BusinessCalendarProperties;
import org.procuredesk.calendar.DeadlinePolicy;
import org.procuredesk.calendar.RomanianWorkingDaysByHand;

/** When budgets open, are reminded of and fall due: Romanian working days, Bucharest time, summer and winter. */
class BudgetScheduleTest {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    final BudgetSchedule schedule = schedule(DeadlinePolicy.PREVIOUS_WORKING_DAY);

    @Test
    void everyWeeklyAndMonthlyDeadlineOf2026To2028IsFiveOClockOnTheLastWorkingDayByItsNominalDay() {
        Map<String, Instant> expected = new TreeMap<>();
        Map<String, Instant> computed = new TreeMap<>();
        for (BudgetKind kind : BudgetKind.values()) {
            for (BudgetPeriod period = BudgetPeriod.containing(kind, LocalDate.of(2026, 1, 1));
                 period.nominalDeadline().getYear() <= 2028; period = period.next()) {
                if (period.nominalDeadline().getYear() < 2026) {
                    continue;
                }
                LocalDate day = period.nominalDeadline();
                while (!RomanianWorkingDaysByHand.isWorkingDay(day)) {
                    day = day.minusDays(1);
                }
                expected.put(period.key(), fiveInTheAfternoonInBucharest(day));
                computed.put(period.key(), schedule.deadline(period).toInstant());
            }
        }

        assertThat(computed).hasSize(156 + 36).isEqualTo(expected);
        assertThat(computed.keySet()).allSatisfy(key -> assertThat(BudgetPeriod.parse(key).nominalDeadline()
                .getDayOfWeek()).isIn(BudgetPeriod.parse(key).kind() == BudgetKind.WEEKLY
                ? List.of(DayOfWeek.WEDNESDAY) : List.of(DayOfWeek.values())));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MONTHLY-2026-05 | 2026-04-24T14:00:00Z | the 25th is a Saturday: Friday, in summer time
            MONTHLY-2026-02 | 2026-01-23T15:00:00Z | the 25th is a Sunday: Friday, in winter time
            MONTHLY-2027-01 | 2026-12-24T15:00:00Z | the 25th is Christmas Day: the day before
            WEEKLY-2026-W03 | 2026-01-05T15:00:00Z | Wednesday 7 January is St John's day and Tuesday Epiphany: Monday
            WEEKLY-2027-W49 | 2027-11-29T15:00:00Z | Wednesday 1 December is National Day and Tuesday St Andrew's: Monday
            MONTHLY-2027-06 | 2027-05-25T14:00:00Z | the 25th is a working Tuesday
            MONTHLY-2026-06 | 2026-05-25T14:00:00Z | a working Monday in summer time
            """)
    void aDeadlineOnADayNobodyWorksMovesToTheWorkingDayBefore(String period, Instant deadline, String why) {
        assertThat(schedule.deadline(BudgetPeriod.parse(period)).toInstant()).isEqualTo(deadline);
    }

    @Test
    void withTheNextWorkingDayPolicyADeadlineOnChristmasMovesToTheMondayAfter() {
        assertThat(schedule(DeadlinePolicy.NEXT_WORKING_DAY).deadline(BudgetPeriod.parse("MONTHLY-2027-01"))
                .toInstant()).isEqualTo(Instant.parse("2026-12-28T15:00:00Z"));
    }

    @Test
    void aReminderOneWorkingDayBeforeTheTuesdayAfterOrthodoxEasterComesOnTheThursdayBeforeGoodFriday() {
        assertThat(RomanianWorkingDaysByHand.isWorkingDay(LocalDate.of(2027, 5, 3))).as("Easter Monday").isFalse();

        assertThat(calendar(DeadlinePolicy.PREVIOUS_WORKING_DAY).previousWorkingDay(LocalDate.of(2027, 5, 4)))
                .as("Monday is Easter Monday, Saturday 1 May, Friday Good Friday").isEqualTo(LocalDate.of(2027, 4, 29));
    }

    @Test
    void theWeeksAcrossTheClockChangesKeepTheDeadlineAtFiveOClockLocalTime() {
        Instant beforeSpring = schedule.deadline(BudgetPeriod.parse("WEEKLY-2026-W14")).toInstant();
        Instant afterSpring = schedule.deadline(BudgetPeriod.parse("WEEKLY-2026-W15")).toInstant();
        Instant beforeAutumn = schedule.deadline(BudgetPeriod.parse("WEEKLY-2026-W44")).toInstant();
        Instant afterAutumn = schedule.deadline(BudgetPeriod.parse("WEEKLY-2026-W45")).toInstant();

        assertThat(beforeSpring).isEqualTo("2026-03-25T15:00:00Z");
        assertThat(Duration.between(beforeSpring, afterSpring)).isEqualTo(Duration.ofHours(7 * 24 - 1));
        assertThat(beforeAutumn).isEqualTo("2026-10-21T14:00:00Z");
        assertThat(Duration.between(beforeAutumn, afterAutumn)).isEqualTo(Duration.ofHours(7 * 24 + 1));
    }

    @Test
    void aBudgetIsRemindedOfAtItsDueTimeOneWorkingDayBeforeItsDeadline() {
        assertThat(schedule.reminder(BudgetPeriod.parse("WEEKLY-2026-W49")).toInstant())
                .isEqualTo("2026-11-24T15:00:00Z");
        assertThat(schedule.reminder(BudgetPeriod.parse("MONTHLY-2026-02")).toInstant())
                .as("due Friday 23 January: reminded Thursday").isEqualTo("2026-01-22T15:00:00Z");
        assertThat(schedule.reminder(BudgetPeriod.parse("WEEKLY-2026-W03")).toInstant())
                .as("due Monday 5 January: reminded on the last working day of 2025").isEqualTo("2025-12-31T15:00:00Z");
    }

    @Test
    void aDraftOpensOnMondayOfTheWeekBeforeOrOnThe18thOfTheMonthBeforeAtMidnightInBucharest() {
        assertThat(schedule.opening(BudgetPeriod.parse("WEEKLY-2026-W49")).toInstant())
                .isEqualTo("2026-11-22T22:00:00Z");
        assertThat(schedule.opening(BudgetPeriod.parse("MONTHLY-2026-12")).toInstant())
                .isEqualTo("2026-11-17T22:00:00Z");
        assertThat(schedule.opening(BudgetPeriod.parse("MONTHLY-2026-08")).toInstant())
                .as("summer time").isEqualTo("2026-07-17T21:00:00Z");
    }

    @Test
    void aDraftOpensOnItsDeadlinesDayAtTheLatest() {
        BudgetSchedule opensOnWednesday = new BudgetSchedule(calendar(DeadlinePolicy.PREVIOUS_WORKING_DAY),
                properties(DayOfWeek.WEDNESDAY), BUCHAREST);

        assertThat(opensOnWednesday.opening(BudgetPeriod.parse("WEEKLY-2026-W03")).toLocalDate())
                .as("due Monday 5 January, as 6 and 7 are holidays").isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void onAFirstStartOnlyTheLatestPeriodWhoseOpeningHasComeIsDue() {
        Instant wednesday = Instant.parse("2026-11-25T10:00:00Z");

        assertThat(schedule.due(BudgetKind.WEEKLY, wednesday, Optional.empty())).extracting(BudgetPeriod::key)
                .containsExactly("WEEKLY-2026-W49");
        assertThat(schedule.due(BudgetKind.MONTHLY, wednesday, Optional.empty())).extracting(BudgetPeriod::key)
                .containsExactly("MONTHLY-2026-12");
    }

    @Test
    void aFirstStartBetweenADeadlineAndTheNextOpeningOpensNothingYet() {
        Instant thursday = Instant.parse("2026-11-26T10:00:00Z");

        assertThat(schedule.due(BudgetKind.WEEKLY, thursday, Optional.empty())).isEmpty();
        assertThat(schedule.due(BudgetKind.WEEKLY, Instant.parse("2026-11-30T00:00:00Z"), Optional.empty()))
                .extracting(BudgetPeriod::key).containsExactly("WEEKLY-2026-W50");
    }

    @Test
    void afterThreeWeeksDownEveryWeekMissedMeanwhileIsDueOnceInOrder() {
        Instant backOnTuesday = Instant.parse("2026-12-15T08:00:00Z");

        assertThat(schedule.due(BudgetKind.WEEKLY, backOnTuesday, Optional.of(BudgetPeriod.parse("WEEKLY-2026-W49"))))
                .extracting(BudgetPeriod::key).containsExactly("WEEKLY-2026-W50", "WEEKLY-2026-W51", "WEEKLY-2026-W52");
        assertThat(schedule.due(BudgetKind.WEEKLY, backOnTuesday, Optional.of(BudgetPeriod.parse("WEEKLY-2026-W52"))))
                .isEmpty();
    }

    @Test
    void aPeriodIsNotDueASecondBeforeItsOpening() {
        BudgetPeriod w50 = BudgetPeriod.parse("WEEKLY-2026-W50");
        Instant opening = schedule.opening(w50).toInstant();
        Optional<BudgetPeriod> w49 = Optional.of(BudgetPeriod.parse("WEEKLY-2026-W49"));

        assertThat(schedule.due(BudgetKind.WEEKLY, opening.minusSeconds(1), w49)).isEmpty();
        assertThat(schedule.due(BudgetKind.WEEKLY, opening, w49)).containsExactly(w50);
    }

    @Test
    void theNextDeadlineIsTheFirstStillToCome() {
        assertThat(schedule.nextDue(BudgetKind.WEEKLY, Instant.parse("2026-11-25T14:59:59Z")).key())
                .isEqualTo("WEEKLY-2026-W49");
        assertThat(schedule.nextDue(BudgetKind.WEEKLY, Instant.parse("2026-11-25T15:00:00Z")).key())
                .isEqualTo("WEEKLY-2026-W50");
        assertThat(schedule.nextDue(BudgetKind.MONTHLY, Instant.parse("2026-12-24T16:00:00Z")).key())
                .as("due the 24th as the 25th is Christmas").isEqualTo("MONTHLY-2027-02");
    }

    /** 17:00 in Bucharest, by the EU rule written out: summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
    private static Instant fiveInTheAfternoonInBucharest(LocalDate day) {
        LocalDate summerFrom = LocalDate.of(day.getYear(), Month.MARCH, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate summerUntil = LocalDate.of(day.getYear(), Month.OCTOBER, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        boolean summer = !day.isBefore(summerFrom) && day.isBefore(summerUntil);
        return day.atTime(summer ? 14 : 15, 0).toInstant(ZoneOffset.UTC);
    }

    static BudgetSchedule schedule(DeadlinePolicy policy) {
        return new BudgetSchedule(calendar(policy), properties(DayOfWeek.MONDAY), BUCHAREST);
    }

    private static BudgetProperties properties(DayOfWeek weeklyOpensOn) {
        return new BudgetProperties(weeklyOpensOn, 18, LocalTime.of(17, 0), LimitPolicy.WARN, true);
    }

    private static BusinessCalendar calendar(DeadlinePolicy policy) {
        return new BusinessCalendar(new BusinessCalendarProperties("RO", List.of(), List.of(), LocalTime.of(17, 0),
                policy), BUCHAREST, Clock.system(BUCHAREST));
    }
}
