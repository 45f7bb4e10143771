package org.procuredesk.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.budget.BudgetFixture.IT_HEAD;
import static org.procuredesk.budget.BudgetFixture.SUPPORT;
import static org.procuredesk.budget.ui.BudgetViews.arrivalAt;
import static org.procuredesk.budget.ui.BudgetViews.row;
import static org.procuredesk.budget.ui.BudgetViews.rows;
import static org.procuredesk.budget.ui.BudgetViews.text;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.budget.BudgetCommentView;
import org.procuredesk.budget.BudgetFixture;
import org.procuredesk.budget.BudgetDetail;
import org.procuredesk.budget.BudgetExport;
import org.procuredesk.budget.BudgetLineView;
import org.procuredesk.budget.BudgetPreparation;
import org.procuredesk.budget.BudgetProcess;
import org.procuredesk.budget.Budgets;
import org.procuredesk.budget.FreshWeeklyBudget;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.Formats;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;
import org.springframework.beans.factory.annotation.Autowired;

/** One budget's page on the real services: its lines, totals and CSV; comments; a period that is none. */
@ProcureDeskIntegrationTest
class BudgetViewTest {

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();
    @RegisterExtension
    final FreshWeeklyBudget weekly = new FreshWeeklyBudget("640.00");

    @Autowired
    BudgetFixture fixture;
    @Autowired
    Budgets budgets;
    @Autowired
    BudgetExport export;
    @Autowired
    BudgetPreparation preparation;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Formats formats;
    @Autowired
    AuthenticationContext authentication;

    @Test
    void showsTheBudgetsLinesAndTotalsAndOffersItsCsv() {
        String period = weekly.period();
        RequestView application = weekly.application(0);
        as(people, "irina.auditor", () -> {
            BudgetView view = open(period);
            BudgetDetail budget = budgets.detail(period);

            assertThat(view.getPageTitle()).isEqualTo("Budget " + period);
            assertThat(text(view, "budget-state")).isEqualTo("Draft");
            assertThat(text(view, "budget-submitted")).isEqualTo("Not submitted yet");
            assertThat(text(view, "budget-total")).isEqualTo(
                    formats.money(budget.summary().totals().included(), Locale.ENGLISH) + " (no limit set)");
            BudgetLineView line = row(view, "budget-lines",
                    (BudgetLineView shown) -> shown.referenceId().equals(application.id()));
            assertThat(line.amount()).isEqualByComparingTo("640.00");
            assertThat(BudgetViews.<Anchor>cell(view, "budget-lines", "number", line).getHref())
                    .isEqualTo("applications/" + application.id());
            assertThat(BudgetViews.<Map.Entry<String, BigDecimal>>rows(view, "budget-by-category"))
                    .containsExactlyInAnyOrderElementsOf(budget.summary().totals().byCategory().entrySet());
            assertThat(BudgetViews.<Map.Entry<String, BigDecimal>>rows(view, "budget-by-department"))
                    .containsExactlyInAnyOrderElementsOf(budget.summary().totals().byDepartment().entrySet());
            Anchor csv = Find.byId(view, "budget-csv", Anchor.class);
            assertThat(csv.getText()).isEqualTo("Download as CSV");
            assertThat(csv.getElement().hasAttribute("download")).isTrue();
            assertThat(view.getChildren()).noneMatch(CommentBox.class::isInstance);
            assertThat(view.getChildren())
                    .noneMatch(child -> child.getId().filter("budget-open-task"::equals).isPresent());
        });
    }

    @Test
    void itSupportIsOneClickFromThePrepareTaskAndCommentsOnTheBudget() {
        as(people, SUPPORT, () -> {
            BudgetView view = open(weekly.period());

            assertThat(Find.byId(view, "budget-open-task", Anchor.class).getHref())
                    .isEqualTo("tasks/" + fixture.task(weekly.period(), BudgetProcess.PREPARE_BUDGET).getId());
            Find.byId(view, "budget-comment-add", Button.class).click();
            assertThat(Find.byId(view, "budget-comment", TextArea.class).getErrorMessage())
                    .isEqualTo("This field is required.");

            Find.byId(view, "budget-comment", TextArea.class).setValue("Two monitors can wait");
            Find.byId(view, "budget-comment-add", Button.class).click();

            assertThat(Find.byId(view, "budget-comments", BudgetComments.class).getElement().getTextRecursively())
                    .contains("Two monitors can wait").contains("Ion Marin");
            assertThat(budgets.detail(weekly.period()).comments()).extracting(BudgetCommentView::text)
                    .containsExactly("Two monitors can wait");
        });
    }

    @Test
    void aPeriodNotOpenedOrNotAPeriodAtAllIsSaidSoInsteadOfTheBudget() {
        as(people, IT_HEAD, () -> {
            assertThat(text(open("WEEKLY-2999-W01"), "budget-refused"))
                    .isEqualTo("The budget WEEKLY-2999-W01 has not been opened.");
            assertThat(text(open("last-week"), "budget-refused"))
                    .startsWith("There is no budget period called last-week.");
        });
    }

    private BudgetView open(String shown) {
        BudgetView view = new BudgetView(budgets, export, preparation, people, formats, authentication);
        view.beforeEnter(arrivalAt(shown));
        return view;
    }
}
