package org.procuredesk.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.budget.BudgetFixture.FINANCE;
import static org.procuredesk.budget.BudgetFixture.IT_HEAD;
import static org.procuredesk.budget.BudgetFixture.REQUESTER;
import static org.procuredesk.budget.ui.BudgetViews.cell;
import static org.procuredesk.budget.ui.BudgetViews.row;
import static org.procuredesk.budget.ui.BudgetViews.rows;
import static org.procuredesk.budget.ui.BudgetViews.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.budget.BudgetDashboard;
import org.procuredesk.budget.BudgetDashboard.WaitingLine;
import org.procuredesk.budget.BudgetFixture;
import org.procuredesk.budget.BudgetLimits;
import org.procuredesk.budget.BudgetProcess;
import org.procuredesk.budget.BudgetReview;
import org.procuredesk.budget.BudgetSummary;
import org.procuredesk.budget.Budgets;
import org.procuredesk.budget.FreshWeeklyBudget;
import org.procuredesk.budget.ReviewDecision;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Role;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The budget dashboard on the real services: deadlines, budgets under way with their tasks, limits set by finance. */
@ProcureDeskIntegrationTest
class BudgetsViewTest {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();
    @RegisterExtension
    final FreshWeeklyBudget weekly = new FreshWeeklyBudget("800.00");

    @Autowired
    BudgetFixture fixture;
    @Autowired
    Budgets budgets;
    @Autowired
    BudgetLimits limits;
    @Autowired
    BudgetReview review;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Formats formats;
    @Autowired
    AuthenticationContext authentication;

    @Test
    void showsTheNextDeadlinesAndTheSubmittedBudgetWithItsTotalAndALinkToItsReviewTask() {
        String period = weekly.period();
        RequestView application = weekly.application(0);
        fixture.submit(period);
        as(people, IT_HEAD, () -> {
            BudgetsView view = view();
            BudgetSummary budget = row(view, "current-budgets", (BudgetSummary shown) -> shown.period().equals(period));

            assertThat(text(view, "next-deadline-weekly")).startsWith("Weekly budget " + period + ": due "
                    + formats.dateTime(budget.deadline(), Locale.ENGLISH) + ", ")
                    .endsWith(timeLeft(Duration.between(ClockUtil.getCurrentTime().toInstant(), budget.deadline())));
            assertThat(text(view, "next-deadline-monthly")).startsWith("Monthly budget MONTHLY-");
            assertThat(BudgetViews.<StateLabel>cell(view, "current-budgets", "state", budget).getText())
                    .isEqualTo("Submitted");
            assertThat(BudgetViews.<TotalAgainstLimit>cell(view, "current-budgets", "total", budget).getText())
                    .isEqualTo(formats.money(budget.totals().included(), Locale.ENGLISH) + " (no limit set)");
            assertThat(BudgetViews.<Anchor>cell(view, "current-budgets", "task", budget).getHref())
                    .isEqualTo("tasks/" + fixture.task(period, BudgetProcess.REVIEW_BUDGET).getId());
            assertThat(BudgetViews.<Anchor>cell(view, "current-budgets", "period", budget).getHref())
                    .isEqualTo("budgets/" + period);
            Component details = Find.byId(view, "current-budgets", CurrentBudgetsGrid.class).details(budget);
            assertThat(BudgetViews.<Map.Entry<String, BigDecimal>>rows(details, "budget-by-category"))
                    .containsExactlyInAnyOrderElementsOf(budget.totals().byCategory().entrySet())
                    .extracting(Map.Entry::getKey).containsExactly(EquipmentCategory.SHREDDER.messageKey());
            assertThat(BudgetViews.<Map.Entry<String, BigDecimal>>rows(details, "budget-by-department"))
                    .containsExactlyInAnyOrderElementsOf(budget.totals().byDepartment().entrySet());
            WaitingLine waiting = row(view, "waiting-for-budget",
                    (WaitingLine line) -> line.source().equals("APPLICATION")
                            && line.referenceId().equals(application.id()));
            assertThat(BudgetViews.<Anchor>cell(view, "waiting-for-budget", "number", waiting).getHref())
                    .isEqualTo("applications/" + application.id());
            assertThat(BudgetViews.<Anchor>cell(view, "waiting-for-budget", "heldBy", waiting).getText())
                    .isEqualTo(period);
        });
    }

    @Test
    void aDraftPastItsDeadlineIsMarkedOverdueAndATotalOverItsLimitStandsOut() {
        String period = weekly.period();
        as(people, FINANCE, () -> limits.set(period, BigDecimal.ONE));
        fixture.moveClockTo(as(people, FINANCE, () -> budgets.detail(period)).summary().deadline()
                .plus(Duration.ofMinutes(1)));
        as(people, "elena.supporthead", () -> {
            BudgetsView view = view();
            BudgetSummary budget = row(view, "current-budgets", (BudgetSummary shown) -> shown.period().equals(period));

            StateLabel state = cell(view, "current-budgets", "state", budget);
            assertThat(Find.byId(state, "current-state-" + period + "-overdue", Span.class).getText())
                    .isEqualTo("Overdue");
            TotalAgainstLimit total = cell(view, "current-budgets", "total", budget);
            assertThat(total.isOverLimit()).isTrue();
            assertThat(total.getText()).endsWith(" of the " + formats.money(BigDecimal.ONE, Locale.ENGLISH) + " limit");
            assertThat(BudgetViews.<Component>cell(view, "current-budgets", "task", budget))
                    .isNotInstanceOf(Anchor.class);
            assertThat(view.getChildren()).noneMatch(LimitForm.class::isInstance);
        });
    }

    @Test
    void aBudgetApprovedAndEndedIsListedAsSubmittedOnTimeAndCounted() {
        String period = weekly.period();
        fixture.submit(period);
        BudgetSummary approved = as(people, IT_HEAD, () -> {
            review.review(fixture.task(period, BudgetProcess.REVIEW_BUDGET).getId(), ReviewDecision.APPROVE,
                    Set.of(), null);
            return budgets.detail(period).summary();
        });
        fixture.moveClockTo(approved.periodEnd().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        as(people, IT_HEAD, () -> {
            BudgetsView view = view();
            BudgetDashboard dashboard = budgets.dashboard();

            BudgetSummary past = row(view, "past-budgets", (BudgetSummary shown) -> shown.period().equals(period));
            assertThat(BudgetViews.<Span>cell(view, "past-budgets", "kept", past).getText()).isEqualTo("On time");
            assertThat(text(view, "kept-and-missed")).isEqualTo(
                    "Deadlines kept: " + dashboard.kept() + ". Missed: " + dashboard.missed() + ".");
            assertThat(dashboard.kept()).isPositive();
            assertThat(BudgetViews.<BudgetSummary>rows(view, "current-budgets"))
                    .noneMatch(shown -> shown.period().equals(period));
        });
    }

    @Test
    void financeSetsAPeriodsLimitAndABadAmountOrPeriodIsShownOnItsField() {
        String period = weekly.period();
        as(people, FINANCE, () -> {
            BudgetsView view = view();
            TextField periodField = Find.byId(view, "limit-period", TextField.class);
            BigDecimalField amount = Find.byId(view, "limit-amount", BigDecimalField.class);
            Button save = Find.byId(view, "limit-save", Button.class);

            periodField.setValue(period);
            amount.setValue(new BigDecimal("1500.00"));
            save.click();
            assertThat(budgets.detail(period).summary().totals().limit()).isEqualByComparingTo("1500.00");
            assertThat(row(view, "current-budgets", (BudgetSummary shown) -> shown.period().equals(period)))
                    .satisfies(shown -> assertThat(shown.totals().limit()).isEqualByComparingTo("1500.00"));

            amount.setValue(new BigDecimal("-5"));
            save.click();
            assertThat(amount.isInvalid()).isTrue();
            assertThat(amount.getErrorMessage()).isEqualTo("Enter an amount of zero or more, with at most two decimals.");

            periodField.setValue("WEEKLY-2026-W99");
            amount.setValue(new BigDecimal("10"));
            save.click();
            assertThat(periodField.isInvalid()).isTrue();
            assertThat(periodField.getErrorMessage()).startsWith("There is no budget period called WEEKLY-2026-W99.");
            assertThat(budgets.detail(period).summary().totals().limit()).isEqualByComparingTo("1500.00");
        });
    }

    @Test
    void aRequesterCanOpenNeitherBudgetPageNorReadTheBudgets() {
        AccessAnnotationChecker access = new AccessAnnotationChecker();

        for (Class<?> page : new Class<?>[] {BudgetsView.class, BudgetView.class}) {
            assertThat(access.hasAccess(page, () -> REQUESTER, role -> holds(REQUESTER, role))).isFalse();
            assertThat(access.hasAccess(page, () -> "irina.auditor", role -> holds("irina.auditor", role))).isTrue();
        }
        assertThatThrownBy(() -> as(people, REQUESTER, () -> budgets.dashboard()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(people, REQUESTER, () -> budgets.detail(weekly.period())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private BudgetsView view() {
        return new BudgetsView(budgets, limits, formats, authentication);
    }

    private boolean holds(String username, String role) {
        Set<Role> roles = people.findByUsername(username).orElseThrow().roles();
        return roles.contains(Role.valueOf(role));
    }

    private static String timeLeft(Duration left) {
        return left.toDays() + " d " + left.toHoursPart() + " h " + left.toMinutesPart() + " min left";
    }
}
