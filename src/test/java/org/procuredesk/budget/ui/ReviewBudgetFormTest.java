package org.procuredesk.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.budget.BudgetFixture.FINANCE;
import static org.procuredesk.budget.BudgetFixture.IT_HEAD;
import static org.procuredesk.budget.BudgetFixture.lineOf;
import static org.procuredesk.budget.ui.BudgetViews.row;
import static org.procuredesk.budget.ui.BudgetViews.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.budget.BudgetFixture;
import org.procuredesk.budget.BudgetDetail;
import org.procuredesk.budget.BudgetLimits;
import org.procuredesk.budget.BudgetLineView;
import org.procuredesk.budget.BudgetProcess;
import org.procuredesk.budget.BudgetState;
import org.procuredesk.budget.Budgets;
import org.procuredesk.budget.FreshWeeklyBudget;
import org.procuredesk.budget.LineState;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;
import org.springframework.beans.factory.annotation.Autowired;

/** The IT head's review form on the real services: ticking applications out, the total left in, the decisions. */
@ProcureDeskIntegrationTest
class ReviewBudgetFormTest {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();
    @RegisterExtension
    final FreshWeeklyBudget weekly = new FreshWeeklyBudget("700.00", "300.00");

    @Autowired
    BudgetFixture fixture;
    @Autowired
    ReviewBudgetForm reviewForm;
    @Autowired
    Budgets budgets;
    @Autowired
    BudgetLimits limits;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Formats formats;

    final AtomicInteger completed = new AtomicInteger();

    @BeforeEach
    void submittedByItSupport() {
        fixture.submit(weekly.period());
    }

    @Test
    void approvesLeavingOneApplicationOutAndTheTotalLeftInFollowsTheTicks() {
        RequestView kept = weekly.application(0);
        RequestView leftOut = weekly.application(1);
        as(people, IT_HEAD, () -> {
            BigDecimal included = budgets.detail(weekly.period()).summary().totals().included();
            Component form = open();
            assertThat(text(form, "review-included-total")).isEqualTo(money(included) + " (no limit set)");

            box(form, leftOut).setValue(true);
            assertThat(text(form, "review-included-total"))
                    .isEqualTo(money(included.subtract(new BigDecimal("300.00"))) + " (no limit set)");
            Find.byId(form, "review-approveWithExclusions", Button.class).click();

            assertThat(completed).hasValue(1);
            BudgetDetail approved = budgets.detail(weekly.period());
            assertThat(approved.summary().state()).isEqualTo(BudgetState.APPROVED);
            assertThat(lineOf(approved, leftOut).state()).isEqualTo(LineState.EXCLUDED);
            assertThat(lineOf(approved, kept).state()).isEqualTo(LineState.INCLUDED);
        });
    }

    @Test
    void approvingWithTicksOrWithExclusionsButNoneTickedIsRefusedUnderTheLines() {
        as(people, IT_HEAD, () -> {
            Component form = open();
            Checkbox box = box(form, weekly.application(1));
            Span refusal = Find.byId(form, "review-excluded-error", Span.class);

            box.setValue(true);
            Find.byId(form, "review-approve", Button.class).click();
            assertThat(refusal.isVisible()).isTrue();
            assertThat(refusal.getText()).isEqualTo(
                    "Some applications are ticked to be left out: approve with exclusions, or untick them.");
            box.setValue(false);
            Find.byId(form, "review-approveWithExclusions", Button.class).click();
            assertThat(refusal.getText()).isEqualTo("Choose the applications to leave out.");

            assertThat(completed).hasValue(0);
            assertThat(budgets.detail(weekly.period()).summary().state()).isEqualTo(BudgetState.SUBMITTED);
        });
    }

    @Test
    void overTheLimitTheTotalStandsOutAndTheApprovalNeedsAComment() {
        as(people, FINANCE, () -> limits.set(weekly.period(), new BigDecimal("100.00")));
        as(people, IT_HEAD, () -> {
            Component form = open();
            assertThat(Find.byId(form, "review-included-total", TotalAgainstLimit.class).isOverLimit()).isTrue();

            Find.byId(form, "review-approve", Button.class).click();
            TextArea comment = Find.byId(form, "review-comment", TextArea.class);
            assertThat(comment.isInvalid()).isTrue();
            assertThat(comment.getErrorMessage()).startsWith("The approved total ")
                    .endsWith("Say why in a comment to approve it anyway.");
            assertThat(completed).hasValue(0);

            comment.setValue("Agreed with finance");
            Find.byId(form, "review-approve", Button.class).click();

            assertThat(completed).hasValue(1);
            assertThat(budgets.detail(weekly.period()).summary().reviewComment()).isEqualTo("Agreed with finance");
        });
    }

    @Test
    void returningNeedsACommentAndSendsTheBudgetBackToItSupport() {
        as(people, IT_HEAD, () -> {
            Component form = open();
            Find.byId(form, "review-return", Button.class).click();
            assertThat(Find.byId(form, "review-comment", TextArea.class).getErrorMessage())
                    .isEqualTo("Say what IT support should change before returning the budget.");

            Find.byId(form, "review-comment", TextArea.class).setValue("Check the monitor prices");
            Find.byId(form, "review-return", Button.class).click();

            assertThat(completed).hasValue(1);
            assertThat(budgets.detail(weekly.period()).summary().state()).isEqualTo(BudgetState.DRAFT);
        });
        fixture.task(weekly.period(), BudgetProcess.PREPARE_BUDGET);
    }

    private Component open() {
        return reviewForm.create(fixture.task(weekly.period(), BudgetProcess.REVIEW_BUDGET), completed::incrementAndGet);
    }

    private static Checkbox box(Component form, RequestView application) {
        BudgetLineView line = row(form, "review-lines",
                (BudgetLineView shown) -> shown.referenceId().equals(application.id()));
        return BudgetViews.cell(form, "review-lines", "leaveOut", line);
    }

    private String money(BigDecimal amount) {
        return formats.money(amount, Locale.ENGLISH);
    }
}
