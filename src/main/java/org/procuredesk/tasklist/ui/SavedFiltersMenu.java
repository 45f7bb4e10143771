package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.tasklist.SavedFilter;
import org.procuredesk.tasklist.SavedTaskFilters;
import org.procuredesk.tasklist.TaskListSettings;

/**
 * The signed-in person's saved filters beside a task list: choosing one applies it, "Save filter…" saves what the
 * list shows under a name, "Delete" deletes the chosen one.
 */
public class SavedFiltersMenu extends HorizontalLayout {

    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private final Button delete = new Button();
    private final SaveFilterDialog dialog = new SaveFilterDialog(this::save);
    private final SavedTaskFilters savedFilters;
    private final Supplier<TaskListSettings> current;

    /**
     * @param current what the list shows now
     * @param apply   shows the list as a chosen saved filter says
     */
    public SavedFiltersMenu(SavedTaskFilters savedFilters, Supplier<TaskListSettings> current,
                            Consumer<SavedFilter> apply) {
        this.savedFilters = savedFilters;
        this.current = current;
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        configureChoice(apply);
        Button saveButton = new Button(getTranslation("tasks.filter.save"),
                click -> dialog.ask(Optional.ofNullable(saved.getValue()).map(SavedFilter::name).orElse(null)));
        saveButton.setId("save-filter");
        delete.setText(getTranslation("tasks.filter.delete"));
        delete.setId("delete-saved-filter");
        delete.setEnabled(false);
        delete.addClickListener(click -> deleteChosen());
        add(saved, saveButton, delete, dialog);
        show(null);
    }

    private void configureChoice(Consumer<SavedFilter> apply) {
        saved.setId("saved-filters");
        saved.setLabel(getTranslation("tasks.filter.savedFilters"));
        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(chosen -> {
            delete.setEnabled(chosen.getValue() != null);
            if (chosen.getValue() != null) {
                apply.accept(chosen.getValue());
            }
        });
    }

    private boolean save(String name) {
        Optional<SavedFilter> stored = FormSubmission.result(dialog,
                () -> savedFilters.save(current.get().named(name)));
        stored.ifPresent(filter -> {
            show(filter);
            FormSubmission.notifySuccess(getTranslation("tasks.filter.savedAs", filter.name()));
        });
        return stored.isPresent();
    }

    private void deleteChosen() {
        SavedFilter chosen = saved.getValue();
        savedFilters.delete(chosen.id());
        show(null);
        FormSubmission.notifySuccess(getTranslation("tasks.filter.deleted", chosen.name()));
    }

    /** Lists my saved filters again, the given one chosen. */
    private void show(SavedFilter chosen) {
        saved.setItems(savedFilters.mine());
        saved.setValue(chosen);
    }
}
