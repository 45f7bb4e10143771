package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.budget.BudgetFixture.FINANCE;
import static org.procuredesk.budget.BudgetFixture.IT_HEAD;
import static org.procuredesk.budget.BudgetFixture.SUPPORT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A period's budget on the real services with the engine's clock moved: opened on time with the applications
 * waiting for it, reminded of, missed, submitted, reviewed under a limit, and its applications released.
 */
@ProcureDeskIntegrationTest
class BudgetCycleTest {

    @Autowired
    BudgetFixture fixture;
    @Autowired
    Budgets budgets;
    @Autowired
    BudgetPreparation preparation;
    @Autowired
    BudgetLimits limits;
    @Autowired
    BudgetReleases releases;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noBudgets() {
        fixture.clear();
    }

    @Test
    void theWeeklyDraftOpensOnMondayAtMidnightWithTheUrgentApplicationsAndTheMonthlyOneOnThe18thWithThePlanned() {
        fixture.openAt("2026-03-02T08:00");
        RequestView urgent = fixture.waiting(Urgency.URGENT, "900.00");
        RequestView planned = fixture.waiting(Urgency.PLANNED, "1500.00");

        assertThat(fixture.openAt("2026-03-08T23:59")).isEmpty();
        assertThat(fixture.openAt("2026-03-09T00:00")).containsExactly("WEEKLY-2026-W12");
        assertThat(numbersIn("WEEKLY-2026-W12")).contains(urgent.number()).doesNotContain(planned.number());

        assertThat(fixture.openAt("2026-03-18T00:00")).containsExactly("WEEKLY-2026-W13", "MONTHLY-2026-04");
        assertThat(numbersIn("MONTHLY-2026-04")).contains(planned.number()).doesNotContain(urgent.number());
        assertThat(numbersIn("WEEKLY-2026-W13")).doesNotContain(urgent.number());
        assertThat(fixture.task("WEEKLY-2026-W12", BudgetProcess.PREPARE_BUDGET).getDueDate())
                .isEqualTo("2026-03-11T15:00:00Z");
    }

    @Test
    void itSupportIsRemindedTheWorkingDayBeforeAndAMissedDeadlineIsEscalatedOnceAndCountedAsMissed() {
        fixture.openAt("2026-03-09T08:00");
        String period = "WEEKLY-2026-W12";

        fixture.at("2026-03-10T16:59");
        assertThat(fixture.noticesTo(SUPPORT, period)).isEmpty();
        fixture.at("2026-03-10T17:00");
        assertThat(fixture.noticesTo(SUPPORT, period)).containsExactly(NotificationKind.REMINDER);

        fixture.at("2026-03-11T17:00");
        fixture.at("2026-03-12T10:00");
        for (String told : List.of("elena.supporthead", IT_HEAD)) {
            assertThat(fixture.noticesTo(told, period)).as(told).containsExactly(NotificationKind.ESCALATION);
        }
        BudgetSummary missed = summary("WEEKLY-2026-W12");
        assertThat(missed.overdue()).isTrue();
        assertThat(missed.deadlineKept()).isNull();

        fixture.submit("WEEKLY-2026-W12");
        fixture.review("WEEKLY-2026-W12", ReviewDecision.APPROVE, Set.of(), null);
        assertThat(summary("WEEKLY-2026-W12").deadlineKept()).isFalse();
        fixture.at("2026-03-23T09:00");
        BudgetDashboard dashboard = as(people, IT_HEAD, () -> budgets.dashboard());
        assertThat(dashboard.past()).extracting(BudgetSummary::period).contains("WEEKLY-2026-W12");
        assertThat(dashboard.missed()).isEqualTo(dashboard.past().stream()
                .filter(budget -> Boolean.FALSE.equals(budget.deadlineKept())).count()).isPositive();
    }

    @Test
    void aBudgetSubmittedInTimeKeepsItsDeadlineAndIsNeverMarkedOverdue() {
        fixture.openAt("2026-03-09T08:00");

        fixture.at("2026-03-11T16:00");
        fixture.submit("WEEKLY-2026-W12");
        fixture.at("2026-03-11T17:00");

        BudgetSummary kept = summary("WEEKLY-2026-W12");
        assertThat(kept.overdue()).isFalse();
        assertThat(kept.deadlineKept()).isTrue();
        assertThat(fixture.noticesTo(IT_HEAD, "WEEKLY-2026-W12")).isEmpty();
    }

    @Test
    void approvalReleasesTheIncludedOnesOnceTheExcludedOneTakesItsExclusionPathAndTheMovedOneWaits() {
        fixture.at("2026-04-10T09:00");
        RequestView included = fixture.waiting(Urgency.URGENT, "700.00");
        RequestView excluded = fixture.waiting(Urgency.URGENT, "800.00");
        RequestView moved = fixture.waiting(Urgency.URGENT, "900.00");
        fixture.openAt("2026-04-13T08:00");
        String period = "WEEKLY-2026-W17";

        as(people, SUPPORT, () -> preparation.moveToNextPeriod(period, line(period, moved).id(),
                "The supplier's quote comes next week"));
        fixture.submit(period);
        fixture.review(period, ReviewDecision.APPROVE_WITH_EXCLUSIONS, Set.of(line(period, excluded).id()),
                "The shredder can wait for the monthly budget");
        fixture.runDueJobs();

        assertThat(fixture.waitingAt(included)).containsExactly(ApplicationToItProcess.PLACE_ORDER);
        assertThat(fixture.waitingAt(excluded)).containsExactly(ApplicationToItProcess.DECIDE_EXCLUDED_APPLICATION);
        assertThat(fixture.waitingAt(moved)).containsExactly(ApplicationToItProcess.WAIT_FOR_BUDGET);
        releases.release(line(period, included).id());
        assertThat(fixture.waitingAt(included)).as("told once").containsExactly(ApplicationToItProcess.PLACE_ORDER);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(period).count())
                .as("the budget closed").isZero();

        assertThat(fixture.openAt("2026-04-20T00:00")).contains("WEEKLY-2026-W18");
        assertThat(numbersIn("WEEKLY-2026-W18")).contains(moved.number())
                .doesNotContain(included.number(), excluded.number());
    }

    @Test
    void aLineThatCannotBeToldFailsItsGroupNamingItAndTheRetriedGroupTellsEachApplicationOnce() {
        fixture.at("2026-04-10T09:00");
        RequestView earlier = fixture.waiting(Urgency.URGENT, "700.00");
        RequestView later = fixture.waiting(Urgency.URGENT, "800.00");
        fixture.openAt("2026-04-13T08:00");
        String period = "WEEKLY-2026-W17";
        Long laterLine = line(period, later).id();
        assertThat(line(period, earlier).id()).as("told first").isLessThan(laterLine);
        jdbc.update("update budget_line set source = 'GONE' where id = ?", laterLine);

        fixture.submit(period);
        fixture.review(period, ReviewDecision.APPROVE, Set.of(), null);
        fixture.runDueJobs();

        Job failed = managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(period).singleResult().getId()).singleResult();
        assertThat(failed.getExceptionMessage()).contains("Budget line " + laterLine, "GONE");
        assertThat(fixture.waitingAt(earlier)).as("undone with its group")
                .containsExactly(ApplicationToItProcess.WAIT_FOR_BUDGET);
        assertThat(jdbc.queryForObject("select count(*) from budget_line where released = true and id in (?, ?)",
                Integer.class, line(period, earlier).id(), laterLine)).isZero();

        jdbc.update("update budget_line set source = 'APPLICATION' where id = ?", laterLine);
        managementService.executeJob(failed.getId());
        fixture.runDueJobs();

        assertThat(fixture.waitingAt(earlier)).containsExactly(ApplicationToItProcess.PLACE_ORDER);
        assertThat(fixture.waitingAt(later)).containsExactly(ApplicationToItProcess.PLACE_ORDER);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(period).count())
                .as("the budget closed").isZero();
    }

    @Test
    void overTheLimitFinanceSetTheItHeadApprovesOnlyWithACommentAndARefusedApprovalChangesNothing() {
        fixture.at("2026-05-01T09:00");
        RequestView application = fixture.waiting(Urgency.URGENT, "5000.00");
        fixture.openAt("2026-05-04T08:00");
        String period = "WEEKLY-2026-W20";
        BigDecimal total = summary(period).totals().included();
        as(people, FINANCE, () -> limits.set(period, total.subtract(BigDecimal.ONE)));
        fixture.submit(period);

        assertThatThrownBy(() -> fixture.review(period, ReviewDecision.APPROVE, Set.of(), null))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("budget.overLimitNeedsComment");
                    assertThat(refused.getField()).hasValue("comment");
                });
        assertThat(summary(period).state()).isEqualTo(BudgetState.SUBMITTED);
        assertThat(summary(period).totals().overLimit()).isTrue();
        assertThat(fixture.task(period, BudgetProcess.REVIEW_BUDGET)).isNotNull();

        fixture.review(period, ReviewDecision.APPROVE, Set.of(),
                "Two printers broke at once; finance agreed by phone");
        fixture.runDueJobs();

        assertThat(summary(period).state()).isEqualTo(BudgetState.APPROVED);
        assertThat(fixture.waitingAt(application)).containsExactly(ApplicationToItProcess.PLACE_ORDER);
        assertThatThrownBy(() -> as(people, FINANCE, () -> limits.set(period, total)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aReturnedBudgetGoesBackToItSupportWithTheItHeadsCommentWhichItMustHave() {
        fixture.openAt("2026-05-25T08:00");
        String period = "WEEKLY-2026-W23";
        fixture.submit(period);

        assertThatThrownBy(() -> fixture.review(period, ReviewDecision.RETURN, Set.of(), " "))
                .isInstanceOfSatisfying(DomainException.class, refused ->
                        assertThat(refused.getMessageKey()).isEqualTo("budget.returnNeedsComment"));
        fixture.review(period, ReviewDecision.RETURN, Set.of(), "Add the toner for the second floor");

        assertThat(summary(period).state()).isEqualTo(BudgetState.DRAFT);
        assertThat(fixture.task(period, BudgetProcess.PREPARE_BUDGET)).isNotNull();
        assertThat(as(people, SUPPORT, () -> budgets.detail(period)).comments())
                .extracting(BudgetCommentView::text).containsExactly("Add the toner for the second floor");
    }

    private BudgetSummary summary(String period) {
        return as(people, IT_HEAD, () -> budgets.detail(period)).summary();
    }

    private List<String> numbersIn(String period) {
        return as(people, IT_HEAD, () -> budgets.detail(period)).lines().stream()
                .filter(line -> line.state() == LineState.INCLUDED)
                .map(BudgetLineView::number).toList();
    }

    private BudgetLineView line(String period, RequestView application) {
        return BudgetFixture.lineOf(as(people, IT_HEAD, () -> budgets.detail(period)), application);
    }
}
