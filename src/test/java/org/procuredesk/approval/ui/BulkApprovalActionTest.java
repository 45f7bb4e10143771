package org.procuredesk.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.approval.BulkApproval;
import org.procuredesk.approval.BulkApprovalCandidate;
import org.procuredesk.approval.BulkApprovalOutcome;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.system.Message;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.CurrentUi;
import org.procuredesk.ui.Find;

/** The approver's bulk approval dialog, the service a stand-in: what it lists, what Confirm does, what it tells. */
class BulkApprovalActionTest {

    static final BulkApprovalCandidate CLEAN = new BulkApprovalCandidate("task-1", "APP-2026-000001", "Ana Requester",
            new BigDecimal("300.00"), List.of(), null);
    static final BulkApprovalCandidate WARNED = new BulkApprovalCandidate("task-2", "APP-2026-000002", "Ana Requester",
            new BigDecimal("900.00"), List.of(Message.of("approval.warning.returnedBefore", "2 Mar 2026", "Mihai Manager")),
            null);
    static final BulkApprovalCandidate HANDLED = new BulkApprovalCandidate("task-3", null, null, null, List.of(),
            Message.of("task.alreadyHandled", "Victor Ithead"));

    private final BulkApproval bulkApproval = mock(BulkApproval.class);
    private final AtomicInteger afterwards = new AtomicInteger();
    private final BulkApprovalAction action = new BulkApprovalAction(bulkApproval, RealTexts.messageTexts(),
            RealTexts.FORMATS);

    @RegisterExtension
    final CurrentUi ui = new CurrentUi();

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void handlesEveryApprovalTaskAndNoOther() {
        assertThat(action.handles(ApplicationToItProcess.APPROVE_BY_LINE_MANAGER)).isTrue();
        assertThat(action.handles(ApplicationToItProcess.APPROVE_PRICE_OVERRUN)).isTrue();
        assertThat(action.handles(ApplicationToItProcess.CHECK_COMPLETENESS)).isFalse();
    }

    @Test
    void listsEachApplicationWithItsWarningsAndSaysHowManyCanBeApproved() {
        Dialog dialog = open(CLEAN, WARNED, HANDLED);

        @SuppressWarnings("unchecked")
        Grid<BulkApprovalCandidate> grid = Find.byId(dialog, "bulk-approval-grid", Grid.class);
        assertThat(grid.getGenericDataView().getItems()).containsExactly(CLEAN, WARNED, HANDLED);
        assertThat(Find.byId(dialog, "bulk-approval-summary", Paragraph.class).getText()).isEqualTo(
                "1 of 3 can be approved at once; those with warnings you open and decide one by one.");
        assertThat(Find.byId(dialog, "confirm-bulk-approval", Button.class).isEnabled()).isTrue();
    }

    @Test
    void confirmIsOffWhenNothingCanBeApproved() {
        Dialog dialog = open(WARNED, HANDLED);

        assertThat(Find.byId(dialog, "confirm-bulk-approval", Button.class).isEnabled()).isFalse();
    }

    @Test
    void confirmApprovesTheTasksAndTellsWhatWasApprovedAndWhatIsLeftToOpen() {
        List<String> taskIds = List.of("task-1", "task-2");
        when(bulkApproval.approve(taskIds, true)).thenReturn(List.of(
                new BulkApprovalOutcome("task-1", "APP-2026-000001", true, null),
                new BulkApprovalOutcome("task-2", "APP-2026-000002", false, Message.of("approval.bulk.hasWarnings"))));
        Dialog dialog = open(CLEAN, WARNED);

        Find.byId(dialog, "confirm-bulk-approval", Button.class).click();

        verify(bulkApproval).approve(taskIds, true);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(afterwards).hasValue(1);
        assertThat(told()).isEqualTo(
                "1 approved, 1 left for you to open: APP-2026-000002 (It has warnings: decide it on its own.)");
    }

    @Test
    void whenAllAreApprovedSaysHowMany() {
        when(bulkApproval.approve(List.of("task-1"), true)).thenReturn(List.of(
                new BulkApprovalOutcome("task-1", "APP-2026-000001", true, null)));
        Dialog dialog = open(CLEAN);

        Find.byId(dialog, "confirm-bulk-approval", Button.class).click();

        assertThat(told()).isEqualTo("1 approved.");
    }

    private Dialog open(BulkApprovalCandidate... candidates) {
        List<BulkApprovalCandidate> preview = List.of(candidates);
        List<String> taskIds = preview.stream().map(BulkApprovalCandidate::taskId).toList();
        when(bulkApproval.preview(taskIds)).thenReturn(preview);
        action.open(taskIds, afterwards::incrementAndGet);
        return Find.byId(ui.answered(), "bulk-approval-dialog", Dialog.class);
    }

    private String told() {
        return Find.byId(ui.answered(), "bulk-approval-result", Notification.class).getElement().getProperty("text");
    }
}
