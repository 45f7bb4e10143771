package org.procuredesk.system.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A grid of records beside the form that adds and changes them, after Vaadin's CRM tutorial: choosing a
 * row opens it in the form, the "new" button opens an empty one, and the form's save goes to the service
 * through {@link #store}; refusals stay on the form's fields. When someone else changed the record meanwhile,
 * the grid and the form show it as it is now, and the conflict goes on to {@link UiErrorHandling} to be told.
 *
 * @param <S> what the grid shows of a record
 * @param <F> the form a record is added or changed with
 */
public abstract class RecordsPanel<S, F extends Record> extends VerticalLayout {

    protected final Grid<S> grid = new Grid<>();
    private final RecordForm<F> form;

    /** @param prefix names the "new" button: its id {@code <prefix>-new} and its text {@code <prefix>.new} */
    protected RecordsPanel(RecordForm<F> form, String prefix) {
        this.form = form;
        Button add = new Button(getTranslation(prefix + ".new"), click -> addRecord());
        add.setId(prefix + "-new");
        grid.setSizeFull();
        form.setWidth("25em");
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, form);
        content.setSizeFull();
        add(add, content);
        setSizeFull();
        configureForm();
    }

    /** The records to show, from the service. */
    protected abstract List<S> records();

    protected abstract Long idOf(S record);

    /** The record as its form shows it. */
    protected abstract F formOf(S record);

    /** A new record, before anything is entered. */
    protected abstract F blank();

    /** Saves through the service: adds when {@code id} is none, changes otherwise. */
    protected abstract void store(Long id, F record);

    protected void updateList() {
        grid.setItems(records());
    }

    /** Opens the chosen record in the form, or closes the form when none is chosen. */
    protected void edit(S record) {
        if (record == null) {
            form.close();
        } else {
            form.edit(idOf(record), formOf(record));
        }
    }

    private void configureForm() {
        grid.asSingleSelect().addValueChangeListener(chosen -> edit(chosen.getValue()));
        form.addSaveListener(this::save);
        form.addCancelListener(cancel -> closeEditor());
    }

    private void save(RecordForm.SaveEvent<F> save) {
        try {
            if (FormSubmission.succeeded(form, () -> store(save.getId(), save.getRecord()))) {
                closeEditor();
                updateList();
            }
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            reload(save.getId());
            throw changedMeanwhile;
        }
    }

    /** Shows the records as they are now, and the one with the given id in the form, if it is still among them. */
    private void reload(Long id) {
        closeEditor();
        updateList();
        grid.getListDataView().getItems().filter(record -> idOf(record).equals(id)).findFirst().ifPresent(grid::select);
    }

    private void addRecord() {
        grid.asSingleSelect().clear();
        form.edit(null, blank());
    }

    protected void closeEditor() {
        grid.asSingleSelect().clear();
        form.close();
    }
}
