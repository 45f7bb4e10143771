package org.procuredesk.tasklist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.DueWindow;
import org.procuredesk.tasklist.SavedFilter;
import org.procuredesk.tasklist.SavedFilterForm;
import org.procuredesk.tasklist.SavedTaskFilters;
import org.procuredesk.tasklist.TaskFilter;
import org.procuredesk.tasklist.TaskListSettings;
import org.procuredesk.tasklist.TaskScope;
import org.procuredesk.tasklist.TaskSort;
import org.procuredesk.ui.Find;

/** The saved filters beside a task list, the service a stand-in: saved through the dialog, applied when chosen. */
class SavedFiltersMenuTest {

    static final TaskListSettings SHOWN = new TaskListSettings(TaskScope.GROUPS,
            new TaskFilter("applicationToIt", null, DueWindow.TODAY, new BigDecimal("100"), null, null, 4L),
            new TaskSort(TaskSort.Field.AMOUNT, true));
    static final SavedFilter OVERDUE = new SavedFilter(7L, "Overdue", TaskScope.MINE,
            new TaskFilter(null, null, DueWindow.OVERDUE, null, null, null, null), TaskSort.NEWEST);

    private final SavedTaskFilters savedFilters = mock(SavedTaskFilters.class);
    private final List<SavedFilter> applied = new ArrayList<>();
    /** Held here: Vaadin keeps the current UI only weakly. */
    private final UI ui = new UI();
    private SavedFiltersMenu menu;

    @BeforeEach
    void showMenu() {
        UI.setCurrent(ui);
        when(savedFilters.mine()).thenReturn(List.of(OVERDUE));
        menu = new SavedFiltersMenu(savedFilters, () -> SHOWN, applied::add);
        ui.add(menu);
    }

    @AfterEach
    void closeMenu() {
        UI.setCurrent(null);
    }

    @Test
    void savesWhatTheListShowsUnderTheNameGivenInTheDialogAndChoosesIt() {
        SavedFilter saved = new SavedFilter(8L, "Big ones today", SHOWN.scope(), SHOWN.filter(), SHOWN.sort());
        when(savedFilters.save(any())).thenReturn(saved);
        when(savedFilters.mine()).thenReturn(List.of(saved, OVERDUE));

        Find.byId(menu, "save-filter", Button.class).click();
        assertThat(dialog().isOpened()).isTrue();
        Find.byId(menu, "saved-filter-name", TextField.class).setValue("Big ones today");
        Find.byId(menu, "confirm-save-filter", Button.class).click();

        verify(savedFilters).save(new SavedFilterForm("Big ones today", TaskScope.GROUPS, SHOWN.filter(), SHOWN.sort()));
        assertThat(dialog().isOpened()).isFalse();
        assertThat(choice().getValue()).isEqualTo(saved);
        assertThat(choice().getListDataView().getItems()).containsExactly(saved, OVERDUE);
    }

    @Test
    void showsARefusalOfTheNameOnItsFieldAndKeepsTheDialogOpen() {
        when(savedFilters.save(any())).thenThrow(DomainException.ofField("name", "tasks.filter.savedMeanwhile", "x"));

        Find.byId(menu, "save-filter", Button.class).click();
        Find.byId(menu, "saved-filter-name", TextField.class).setValue("x");
        Find.byId(menu, "confirm-save-filter", Button.class).click();

        TextField name = Find.byId(menu, "saved-filter-name", TextField.class);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(menu.getTranslation("tasks.filter.savedMeanwhile", "x"));
        assertThat(dialog().isOpened()).isTrue();
        assertThat(applied).isEmpty();
    }

    @Test
    void choosingASavedFilterAppliesItAndOffersToSaveOverItsName() {
        choice().setValue(OVERDUE);

        assertThat(applied).containsExactly(OVERDUE);
        Find.byId(menu, "save-filter", Button.class).click();
        assertThat(Find.byId(menu, "saved-filter-name", TextField.class).getValue()).isEqualTo("Overdue");
    }

    @Test
    void deletesTheChosenFilterOnly() {
        Button delete = Find.byId(menu, "delete-saved-filter", Button.class);
        assertThat(delete.isEnabled()).isFalse();
        choice().setValue(OVERDUE);
        when(savedFilters.mine()).thenReturn(List.of());

        delete.click();

        verify(savedFilters).delete(7L);
        assertThat(choice().getValue()).isNull();
        assertThat(choice().getListDataView().getItems()).isEmpty();
        assertThat(delete.isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<SavedFilter> choice() {
        return Find.byId(menu, "saved-filters", ComboBox.class);
    }

    private SaveFilterDialog dialog() {
        return Find.byId(menu, "save-filter-dialog", SaveFilterDialog.class);
    }
}
