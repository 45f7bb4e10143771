package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.procuredesk.system.ui.FieldErrors;

/** Asks for the name to save a task list's settings under; a refusal of the name is shown on its field. */
class SaveFilterDialog extends Dialog implements FieldErrors {

    private final TextField name = new TextField();

    /** @param save saves under the name given, and tells whether it did */
    SaveFilterDialog(Predicate<String> save) {
        setId("save-filter-dialog");
        setHeaderTitle(getTranslation("tasks.filter.saveTitle"));
        name.setId("saved-filter-name");
        name.setLabel(getTranslation("tasks.filter.name"));
        name.setMaxLength(100);
        name.setRequired(true);
        Button confirm = new Button(getTranslation("action.save"), click -> {
            if (save.test(name.getValue())) {
                close();
            }
        });
        confirm.setId("confirm-save-filter");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(name, new HorizontalLayout(cancel, confirm));
    }

    /** Opens on a name to start from: the chosen filter's, so that saving again replaces it; or none. */
    void ask(String proposed) {
        name.setValue(proposed == null ? "" : proposed);
        name.setInvalid(false);
        open();
    }

    @Override
    public boolean showError(String field, String message) {
        return FieldErrors.of("name", name).showError(field, message);
    }
}
