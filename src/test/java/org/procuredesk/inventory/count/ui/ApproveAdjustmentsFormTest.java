package org.procuredesk.inventory.count.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.count.AdjustmentApproval;
import org.procuredesk.inventory.count.CountDetail;
import org.procuredesk.inventory.count.CountLineView;
import org.procuredesk.inventory.count.CountState;
import org.procuredesk.inventory.count.CountSummary;
import org.procuredesk.inventory.count.Difference;
import org.procuredesk.inventory.count.InventoryCountProcess.Decision;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The IT head's form: only the differences, those ticked left out on approval, a recount needing a comment. */
class ApproveAdjustmentsFormTest {

    static final CountSummary AWAITING = new CountSummary("CNT-2026-000004", Holder.warehouse(7),
            "IT warehouse Cluj", CountState.AWAITING_APPROVAL, "victor.ithead", "Victor Stan",
            Instant.parse("2026-11-25T08:00:00Z"), "ion.support", "Ion Marin", Instant.parse("2026-11-25T10:00:00Z"),
            null, null, null, null, null);
    static final CountLineView FOUND = line(1, true, null);
    static final CountLineView MISSING = line(2, false, Difference.MISSING);
    static final CountLineView SURPLUS = new CountLineView(3, null, "SN-NEW", "Docking station", false, true, null,
            Difference.SURPLUS, null, null);

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final InventoryCounts counts = mock(InventoryCounts.class);
    private final AdjustmentApproval approval = mock(AdjustmentApproval.class);
    private final AtomicBoolean completed = new AtomicBoolean();

    @Test
    void approvesLeavingOutTheDifferencesTicked() {
        Component form = open();
        Grid<CountLineView> differences = differences(form);
        assertThat(differences.getDataProvider().fetch(new Query<>()).toList()).containsExactly(MISSING, SURPLUS);

        differences.select(MISSING);
        Find.byId(form, "adjustments-comment", TextArea.class).setValue("At the repair shop");
        Find.byId(form, "adjustments-approve", Button.class).click();

        verify(approval).decide("task-2", Decision.APPROVED, Set.of(2L), "At the repair shop");
        assertThat(completed).isTrue();
    }

    @Test
    void aRecountWithoutACommentIsRefusedOnTheComment() {
        Component form = open();
        doThrow(DomainException.ofField("comment", "inventoryCount.recountNeedsComment"))
                .when(approval).decide(eq("task-2"), eq(Decision.RECOUNT), any(), any());

        Find.byId(form, "adjustments-recount", Button.class).click();

        TextArea comment = Find.byId(form, "adjustments-comment", TextArea.class);
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage())
                .isEqualTo("Say what IT support should check again before sending the count back.");
        assertThat(completed).isFalse();
    }

    private Component open() {
        when(counts.ofTask("task-2")).thenReturn(new CountDetail(AWAITING, List.of(FOUND, MISSING, SURPLUS)));
        Task task = mock(Task.class);
        when(task.getId()).thenReturn("task-2");
        return new ApproveAdjustmentsForm(counts, approval, RealTexts.FORMATS).create(task, () -> completed.set(true));
    }

    private static CountLineView line(long id, boolean found, Difference difference) {
        return new CountLineView(id, "INV-2026-00000" + id, "SN-" + id, "asset " + id, true, found, null, difference,
                null, null);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CountLineView> differences(Component form) {
        return Find.byId(form, "approve-differences", Grid.class);
    }
}
