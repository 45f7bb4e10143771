package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.budget.BudgetFixture.IT_HEAD;
import static org.procuredesk.budget.BudgetFixture.SUPPORT;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationBudgeting;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A budget with two sources of what waits for it, applications and {@link OtherPurchases} (as stock replenishment
 * orders are): it takes in both, of its own kind, and on approval tells each line's own source, once.
 */
@ProcureDeskIntegrationTest
class BudgetSourcesTest {

    static final String PERIOD = "WEEKLY-2026-W12";

    @Autowired
    BudgetFixture fixture;
    @Autowired
    OtherPurchases other;
    @Autowired
    Budgets budgets;
    @Autowired
    BudgetPreparation preparation;
    @Autowired
    BudgetReleases releases;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;

    RequestView application;

    @BeforeEach
    void anUrgentApplicationAndTwoOtherPurchasesWaitOneForTheWeeklyBudgetOneForTheMonthly() {
        noBudgets();
        fixture.at("2026-03-06T10:00");
        application = fixture.waiting(Urgency.URGENT, "700.00");
        other.waits(BudgetKind.WEEKLY, application.id(), "OT-1", "250.00");
        other.waits(BudgetKind.WEEKLY, application.id() + 1, "OT-2", "40.00");
        other.waits(BudgetKind.MONTHLY, application.id() + 2, "OT-3", "90.00");
        fixture.openAt("2026-03-09T01:00");
    }

    @AfterEach
    void noBudgets() {
        fixture.clear();
        other.clear();
    }

    @Test
    void theWeeklyBudgetTakesInWhatWaitsForItFromEverySourceOnceEvenWithTheSameIdInBoth() {
        BudgetDetail budget = detail();

        assertThat(budget.lines()).extracting(BudgetLineView::source, BudgetLineView::referenceId,
                        BudgetLineView::number)
                .contains(tuple(ApplicationBudgeting.CODE, application.id(), application.number()),
                        tuple(OtherPurchases.CODE, application.id(), "OT-1"),
                        tuple(OtherPurchases.CODE, application.id() + 1, "OT-2"));
        assertThat(budget.lines()).extracting(BudgetLineView::number).as("the monthly one's").doesNotContain("OT-3");
        assertThat(as(people, SUPPORT, () -> preparation.takeInWaiting(PERIOD))).as("nothing twice").isZero();
        assertThat(budget.summary().totals().byCategory())
                .containsEntry("budget.source." + OtherPurchases.CODE, new BigDecimal("290.00"))
                .containsKey(EquipmentCategory.SHREDDER.messageKey());
        assertThat(as(people, IT_HEAD, () -> budgets.dashboard()).waiting())
                .filteredOn(line -> line.source().equals(OtherPurchases.CODE))
                .extracting(BudgetDashboard.WaitingLine::number, BudgetDashboard.WaitingLine::heldBy)
                .containsExactlyInAnyOrder(tuple("OT-1", PERIOD), tuple("OT-2", PERIOD), tuple("OT-3", null));
    }

    @Test
    void approvalTellsEachLineItsOwnSourceOnceTheIncludedToGoOnAndTheExcludedToTakeItsExclusionPath() {
        fixture.submit(PERIOD);
        fixture.review(PERIOD, ReviewDecision.APPROVE_WITH_EXCLUSIONS, Set.of(line("OT-2").id()),
                "The second floor's toner can wait");
        fixture.runDueJobs();

        assertThat(other.told()).containsExactlyInAnyOrder("approved OT-1", "excluded OT-2");
        assertThat(fixture.waitingAt(application)).containsExactly(ApplicationToItProcess.PLACE_ORDER);

        releases.release(line("OT-1").id());
        releases.release(line("OT-2").id());
        assertThat(other.told()).as("told once").containsExactlyInAnyOrder("approved OT-1", "excluded OT-2");
    }

    @Test
    void aLineOfASourceTheApplicationDoesNotHaveFailsItsReleaseSayingSoAndStaysUntold() {
        Long lineId = line("OT-1").id();
        jdbc.update("update budget_line set source = 'GONE' where id = ?", lineId);

        assertThatThrownBy(() -> releases.release(lineId)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GONE");
        assertThat(jdbc.queryForObject("select released from budget_line where id = ?", Boolean.class, lineId))
                .isFalse();
        assertThat(other.told()).isEmpty();
    }

    private BudgetDetail detail() {
        return as(people, IT_HEAD, () -> budgets.detail(PERIOD));
    }

    private BudgetLineView line(String number) {
        return detail().lines().stream().filter(line -> line.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " is not in " + PERIOD));
    }
}
