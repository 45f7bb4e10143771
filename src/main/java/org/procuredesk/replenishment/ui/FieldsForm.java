package org.procuredesk.replenishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;
import org.procuredesk.system.ui.LocalizedDates;

/**
 * A replenishment task's few fields and the button that completes the task with them; a refusal shows on the field
 * it names, and a refusal naming none on the last field.
 */
class FieldsForm extends FormLayout implements FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private String lastField;

    /** Adds a field that refusals naming {@code name} show on; its id is {@code replenishment-<name>}. */
    <F extends Component & HasValidation> F field(String name, F field) {
        field.setId("replenishment-" + name);
        fields.put(name, field);
        lastField = name;
        add(field);
        return field;
    }

    /** A date picker in the reader's language that refuses dates before {@code min} with {@code minErrorKey}. */
    DatePicker date(String labelKey, LocalDate min, String minErrorKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        LocalizedDates.localize(picker, getLocale(), minErrorKey);
        picker.setMin(min);
        return picker;
    }

    /** The button, {@code replenishment-<id>}, that runs {@code call} and then {@code completed}. */
    FieldsForm button(String id, String labelKey, Runnable call, Runnable completed) {
        Button button = new Button(getTranslation(labelKey), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (FormSubmission.ran(this, FormSubmission.refusalsOn(lastField, call))) {
                completed.run();
            }
        });
        button.setId("replenishment-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
        return this;
    }

    @Override
    public boolean showError(String field, String message) {
        return FieldErrors.showOn(fields, field, message);
    }
}
