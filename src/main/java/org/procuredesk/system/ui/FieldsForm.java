package org.procuredesk.system.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A few fields and the buttons that send them to a service, e.g. a task's form: a refusal shows on the field it
 * names, and a refusal naming none on the last field. Fields and buttons have the ids {@code <prefix>-<name>}.
 */
public class FieldsForm extends FormLayout implements FieldErrors {

    private final String prefix;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final ActionButtons buttons;
    private String lastField;

    /** @param prefix the first part of each field's and button's id, e.g. {@code replenishment} */
    public FieldsForm(String prefix) {
        this.prefix = prefix;
        this.buttons = new ActionButtons(prefix);
        add(buttons);
        setColspan(buttons, 2);
    }

    /** Adds a field that refusals naming {@code name} show on; its id is {@code <prefix>-<name>}. */
    public <F extends Component & HasValidation> F field(String name, F field) {
        field.setId(prefix + "-" + name);
        fields.put(name, field);
        lastField = name;
        addComponentAtIndex(getElement().indexOfChild(buttons.getElement()), field);
        return field;
    }

    /** A date picker in the reader's language that refuses dates before {@code min} with {@code minErrorKey}. */
    public DatePicker date(String labelKey, LocalDate min, String minErrorKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        LocalizedDates.localize(picker, getLocale(), minErrorKey);
        picker.setMin(min);
        return picker;
    }

    /** A button, {@code <prefix>-<id>}, that runs {@code call} and then {@code completed}; the first is the primary. */
    public FieldsForm button(String id, String labelKey, Runnable call, Runnable completed) {
        return button(id, labelKey, () -> {
            call.run();
            return Boolean.TRUE;
        }, ran -> completed.run());
    }

    /** A button, {@code <prefix>-<id>}, that calls {@code call} and hands its answer to {@code completed}. */
    public <R> FieldsForm button(String id, String labelKey, Supplier<R> call, Consumer<R> completed) {
        buttons.action(id, labelKey, () -> {
            fields.values().forEach(field -> field.setInvalid(false));
            FormSubmission.result(this, lastField == null ? call : FormSubmission.answerRefusedOn(lastField, call))
                    .ifPresent(completed);
        });
        return this;
    }

    @Override
    public boolean showError(String field, String message) {
        return FieldErrors.showOn(fields, field, message);
    }
}
