package org.procuredesk.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.procuredesk.purchasing.ui.PurchasingViews.TASK_ID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.purchasing.BudgetExclusions;
import org.procuredesk.request.ApplicationToItProcess.Exclusion;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** The IT head's decision on an application left out of its budget, the service a stand-in. */
class ExcludedApplicationFormTest {

    private final BudgetExclusions exclusions = mock(BudgetExclusions.class);
    private final AtomicInteger completed = new AtomicInteger();

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();
    private Component form;

    @BeforeEach
    void openForm() {
        form = new ExcludedApplicationForm(exclusions).create(PurchasingViews.task(), completed::incrementAndGet);
    }

    @Test
    void carriesTheApplicationOverToTheNextBudget() {
        Find.byId(form, "exclusion-carryOver", Button.class).click();

        verify(exclusions).decide(TASK_ID, Exclusion.CARRIED_OVER, "");
        assertThat(completed).hasValue(1);
    }

    @Test
    void aRejectionWithoutAReasonIsShownOnTheCommentAndLeavesTheTaskOpen() {
        doThrow(DomainException.ofField("comment", "approval.commentRequired"))
                .when(exclusions).decide(eq(TASK_ID), eq(Exclusion.REJECTED), any());

        Find.byId(form, "exclusion-reject", Button.class).click();

        TextArea comment = Find.byId(form, "exclusion-comment", TextArea.class);
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo(form.getTranslation("approval.commentRequired"));
        assertThat(completed).hasValue(0);
    }
}
