package org.procuredesk.inventory.count.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.count.CountDetail;
import org.procuredesk.inventory.count.CountLineView;
import org.procuredesk.inventory.count.CountRecording;
import org.procuredesk.inventory.count.CountState;
import org.procuredesk.inventory.count.CountSummary;
import org.procuredesk.inventory.count.FoundItem;
import org.procuredesk.inventory.count.InventoryCounts;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.RealTexts;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;

/** The record task's form: the expected assets ticked when found, what else was found added, saved and submitted. */
class RecordCountFormTest {

    static final String NUMBER = "CNT-2026-000003";
    static final CountSummary COUNTING = new CountSummary(NUMBER, Holder.warehouse(7), "IT warehouse Cluj",
            CountState.COUNTING, "victor.ithead", "Victor Stan", Instant.parse("2026-11-25T08:00:00Z"), null, null,
            null, null, null, null, null, null);
    static final CountLineView LAPTOP = expected(1, "INV-2026-000001", true);
    static final CountLineView MONITOR = expected(2, "INV-2026-000002", false);
    static final CountLineView ELSEWHERE = new CountLineView(3, "INV-2026-000009", "SN-9", "laptop X1", false, true,
            "IT warehouse Bucharest", null, null, null);

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    private final InventoryCounts counts = mock(InventoryCounts.class);
    private final CountRecording recording = mock(CountRecording.class);
    private final AtomicBoolean completed = new AtomicBoolean();

    @Test
    void showsWhatWasFoundAlreadyTickedAndWhatWasFoundBesides() {
        Component form = open();

        assertThat(expectedGrid(form).getSelectedItems()).containsExactly(LAPTOP);
        assertThat(expectedGrid(form).getDataProvider().fetch(new Query<>()).toList()).containsExactly(LAPTOP, MONITOR);
        assertThat(grid(form, "record-found-besides").getDataProvider().fetch(new Query<>()).toList())
                .containsExactly(ELSEWHERE);
    }

    @Test
    void savesAndSubmitsTheAssetsTickedAsFound() {
        Component form = open();

        expectedGrid(form).select(MONITOR);
        Find.byId(form, "record-save", Button.class).click();
        Find.byId(form, "record-submit", Button.class).click();

        verify(recording).save(NUMBER, Set.of(1L, 2L));
        verify(recording).submit("task-1", Set.of(1L, 2L));
        assertThat(completed).isTrue();
    }

    @Test
    void addsAnItemFoundBesidesTheListAndShowsARefusalOnItsField() {
        Component form = open();
        Find.byId(form, "record-serial", TextField.class).setValue("SN-NEW");
        doThrow(DomainException.ofField("description", "inventoryCount.describeUnknown", "SN-NEW"))
                .when(recording).addFound(eq(NUMBER), any());

        Find.byId(form, "record-add", Button.class).click();

        TextField description = Find.byId(form, "record-description", TextField.class);
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("No asset has serial number SN-NEW: say what the item is.");
        verify(recording).addFound(NUMBER, new FoundItem("", "SN-NEW", ""));
        verify(recording, never()).submit(any(), any());
        assertThat(completed).isFalse();
    }

    private Component open() {
        when(counts.ofTask("task-1")).thenReturn(new CountDetail(COUNTING, List.of(LAPTOP, MONITOR, ELSEWHERE)));
        Task task = mock(Task.class);
        when(task.getId()).thenReturn("task-1");
        return new RecordCountForm(counts, recording, RealTexts.FORMATS).create(task, () -> completed.set(true));
    }

    private static CountLineView expected(long id, String inventoryNumber, boolean found) {
        return new CountLineView(id, inventoryNumber, "SN-" + id, "asset " + id, true, found, null, null, null, null);
    }

    private static Grid<CountLineView> expectedGrid(Component form) {
        return grid(form, "record-expected");
    }

    @SuppressWarnings("unchecked")
    private static Grid<CountLineView> grid(Component form, String id) {
        return Find.byId(form, id, Grid.class);
    }
}
