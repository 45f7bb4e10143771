package org.procuredesk.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.budget.BudgetFixture.SUPPORT;
import static org.procuredesk.budget.BudgetFixture.lineOf;
import static org.procuredesk.budget.ui.BudgetViews.row;
import static org.procuredesk.budget.ui.BudgetViews.rows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.budget.BudgetCommentView;
import org.procuredesk.budget.BudgetFixture;
import org.procuredesk.budget.BudgetDetail;
import org.procuredesk.budget.BudgetLineView;
import org.procuredesk.budget.BudgetProcess;
import org.procuredesk.budget.BudgetState;
import org.procuredesk.budget.Budgets;
import org.procuredesk.budget.FreshWeeklyBudget;
import org.procuredesk.budget.LineState;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;
import org.springframework.beans.factory.annotation.Autowired;

/** IT support's form for a draft budget, on the real services: moving a line with a reason, taking in, submitting. */
@ProcureDeskIntegrationTest
class PrepareBudgetFormTest {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();
    @RegisterExtension
    final FreshWeeklyBudget weekly = new FreshWeeklyBudget("900.00", "250.00");

    @Autowired
    BudgetFixture fixture;
    @Autowired
    PrepareBudgetForm prepareForm;
    @Autowired
    Budgets budgets;
    @Autowired
    PeopleDirectory people;

    final AtomicInteger completed = new AtomicInteger();

    @Test
    void movesALineToTheNextPeriodWithTheReasonAskedForAndSubmitsTheBudget() {
        RequestView stays = weekly.application(0);
        RequestView waits = weekly.application(1);
        as(people, SUPPORT, () -> {
            Component form = open();
            BudgetLineView line = row(form, "prepare-lines",
                    (BudgetLineView shown) -> shown.referenceId().equals(waits.id()));

            BudgetViews.<Button>cell(form, "prepare-lines", "move", line).click();
            MoveLineDialog dialog = Find.byId(ui.answered(), "move-dialog", MoveLineDialog.class);
            Find.byId(dialog, "move-confirm", Button.class).click();
            assertThat(Find.byId(dialog, "move-reason", TextArea.class).getErrorMessage())
                    .isEqualTo("This field is required.");
            Find.byId(dialog, "move-reason", TextArea.class).setValue("The requester is away next week");
            Find.byId(dialog, "move-confirm", Button.class).click();

            assertThat(dialog.isOpened()).isFalse();
            BudgetLineView moved = row(form, "prepare-lines", (BudgetLineView shown) -> shown.id().equals(line.id()));
            assertThat(moved.state()).isEqualTo(LineState.MOVED);
            assertThat(moved.reason()).isEqualTo("The requester is away next week");
            Find.byId(form, "prepare-comment", TextArea.class).setValue("Ready for review");
            Find.byId(form, "prepare-submit", Button.class).click();

            assertThat(completed).hasValue(1);
            BudgetDetail submitted = budgets.detail(weekly.period());
            assertThat(submitted.summary().state()).isEqualTo(BudgetState.SUBMITTED);
            assertThat(lineOf(submitted, stays).state()).isEqualTo(LineState.INCLUDED);
            assertThat(submitted.comments()).extracting(BudgetCommentView::text).containsExactly("Ready for review");
        });
        fixture.task(weekly.period(), BudgetProcess.REVIEW_BUDGET);
    }

    @Test
    void takesInTheApplicationsApprovedSinceTheDraftOpened() {
        RequestView late = fixture.waiting(Urgency.URGENT, "120.00");
        as(people, SUPPORT, () -> {
            Component form = open();
            assertThat(BudgetViews.<BudgetLineView>rows(form, "prepare-lines"))
                    .noneMatch(line -> line.referenceId().equals(late.id()));

            Find.byId(form, "prepare-take-in", Button.class).click();

            assertThat(BudgetViews.<BudgetLineView>rows(form, "prepare-lines"))
                    .anyMatch(line -> line.referenceId().equals(late.id()));
            assertThat(completed).hasValue(0);
        });
    }

    private Component open() {
        return prepareForm.create(fixture.task(weekly.period(), BudgetProcess.PREPARE_BUDGET),
                completed::incrementAndGet);
    }
}
