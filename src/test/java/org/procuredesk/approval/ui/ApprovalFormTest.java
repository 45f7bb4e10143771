package org.procuredesk.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.Message;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** The approval task's form, the service a stand-in: warnings above the decision buttons, only when there are any. */
class ApprovalFormTest {

    static final String TASK_ID = "task-1";

    private final ApprovalService approvals = mock(ApprovalService.class);
    private final Task task = mock(Task.class);
    private final AtomicInteger completed = new AtomicInteger();

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();

    @BeforeEach
    void aTask() {
        when(task.getId()).thenReturn(TASK_ID);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void showsEachWarningAboveTheDecisionButtons() {
        when(approvals.warningsOn(TASK_ID)).thenReturn(List.of(
                Message.of("approval.warning.returnedBefore", "Mar 2, 2026", "Mihai Manager"),
                Message.of("approval.warning.priceOverrun", new BigDecimal("6100"), new BigDecimal("5000"))));

        Component form = open();

        Component warnings = Find.byId(form, "approval-warnings", Component.class);
        assertThat(warnings.getChildren().map(badge -> ((Span) badge).getText()))
                .containsExactly("It was returned for correction before: on Mar 2, 2026, by Mihai Manager.",
                        "The order costs RON6,100.00, more than the approved RON5,000.00: check the difference.");
        assertThat(warnings.getChildren()).allSatisfy(badge ->
                assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge contrast"));
        List<Component> parts = form.getChildren().toList();
        assertThat(parts.indexOf(warnings)).isLessThan(parts.indexOf(Find.byId(form, "decision-actions", Component.class)));
    }

    @Test
    void withoutWarningsShowsOnlyTheDecision() {
        when(approvals.warningsOn(TASK_ID)).thenReturn(List.of());

        Component form = open();

        assertThatThrownBy(() -> Find.byId(form, "approval-warnings", Component.class)).isInstanceOf(AssertionError.class);
        Find.byId(form, "decision-approve", Button.class).click();
        verify(approvals).decide(TASK_ID, Decision.APPROVED, "");
        assertThat(completed).hasValue(1);
    }

    private Component open() {
        return new ApprovalForm(approvals, RealTexts.messageTexts()).create(task, completed::incrementAndGet);
    }
}
