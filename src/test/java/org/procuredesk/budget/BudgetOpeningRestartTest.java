package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.people.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** No period is skipped or opened twice: not across a stop, not by two copies of the application at once. */
@ProcureDeskIntegrationTest
class BudgetOpeningRestartTest {

    @Autowired
    BudgetFixture fixture;
    @Autowired
    BudgetOpening opening;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noBudgets() {
        fixture.clear();
    }

    @Test
    void aStopAcrossTwoDeadlinesOpensEachMissedBudgetOnceOnRestartAndMarksEachMissedDeadlineOnce() {
        assertThat(fixture.openAt("2026-07-06T08:00")).containsExactly("WEEKLY-2026-W29");

        List<String> afterTheStop = fixture.openAt("2026-07-21T10:00");
        List<String> afterASecondRestart = fixture.openAt("2026-07-21T10:05");

        assertThat(afterTheStop).containsExactly("WEEKLY-2026-W30", "WEEKLY-2026-W31", "MONTHLY-2026-08");
        assertThat(afterASecondRestart).isEmpty();
        for (String period : List.of("WEEKLY-2026-W29", "WEEKLY-2026-W30", "WEEKLY-2026-W31", "MONTHLY-2026-08")) {
            assertThat(budgetsOf(period)).as(period).isOne();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(period).count())
                    .as(period).isOne();
        }
        for (String missed : List.of("WEEKLY-2026-W29", "WEEKLY-2026-W30")) {
            assertThat(fixture.noticesTo("victor.ithead", missed)).as(missed).containsExactly(NotificationKind.ESCALATION);
        }
        assertThat(fixture.noticesTo("victor.ithead", "WEEKLY-2026-W31")).as("due tomorrow, not missed").isEmpty();
        assertThat(fixture.noticesTo("victor.ithead", "MONTHLY-2026-08")).isEmpty();
    }

    @Test
    void twoCopiesOfTheApplicationOpeningAtTheSameMomentOpenEachBudgetOnce() throws Exception {
        fixture.at("2026-08-18T08:00");

        List<Object> outcomes = Race.run(opening::openDue, opening::openDue);
        fixture.runDueJobs();

        List<Object> opened = new ArrayList<>();
        outcomes.stream().filter(List.class::isInstance).forEach(periods -> opened.addAll((List<?>) periods));
        assertThat(opened).as("what each copy opened: %s", outcomes)
                .containsExactlyInAnyOrder("WEEKLY-2026-W35", "MONTHLY-2026-09");
        for (String period : List.of("WEEKLY-2026-W35", "MONTHLY-2026-09")) {
            assertThat(budgetsOf(period)).as(period).isOne();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(period).count())
                    .as(period).isOne();
        }
    }

    private long budgetsOf(String period) {
        return jdbc.queryForObject("select count(*) from budget where period_key = ?", Long.class, period);
    }
}
