package org.procuredesk.system.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/**
 * A form over a record: shows one in its fields, makes a new one from them and fires {@link SaveEvent}
 * or {@link CancelEvent}; it calls no service. Each field is bound to the record component of its name,
 * labelled from the key {@code <prefix>.<name>} and given the id {@code <prefix>-<name>}, so a refusal
 * naming that component can be shown on it.
 */
public abstract class RecordForm<T extends Record> extends FormLayout implements FieldErrors {

    private final Binder<T> binder;
    private final String prefix;
    private final HorizontalLayout buttons;
    private Long editedId;

    protected RecordForm(Class<T> type, String prefix) {
        this.binder = new Binder<>(type);
        this.prefix = prefix;
        setId(prefix + "-form");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId(prefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> fireEvent(new CancelEvent(this)));
        cancel.setId(prefix + "-cancel");
        buttons = new HorizontalLayout(save, cancel);
        add(buttons);
        setVisible(false);
    }

    /** Binds a field to the record component of the given name. */
    protected <V, F extends Component & HasValue<?, V> & HasLabel> F bind(F field, String component) {
        binder.forField(field).bind(component);
        return place(field, component);
    }

    /** Binds a text field, whose empty text stands for no value. */
    protected <F extends Component & HasValue<?, String> & HasLabel> F bindText(F field, String component) {
        binder.forField(field).withNullRepresentation("").bind(component);
        return place(field, component);
    }

    /** Binds a whole-number field to an {@code int} component; left empty, it is refused as required. */
    protected IntegerField bindWhole(IntegerField field, String component) {
        binder.forField(field).withConverter(Converter.<Integer, Integer>from(value -> value == null
                        ? Result.error(getTranslation("validation.required")) : Result.ok(value), value -> value))
                .bind(component);
        return place(field, component);
    }

    /** Carries a component the form does not show, e.g. the version, from the record it opens to the one it saves. */
    protected void carry(String component) {
        binder.forField(new ReadOnlyHasValue<>(value -> { })).bind(component);
    }

    /** Opens the form on a record; {@code id} is none for a new one. */
    public void edit(Long id, T record) {
        editedId = id;
        binder.readRecord(record);
        setVisible(true);
    }

    public void close() {
        editedId = null;
        setVisible(false);
    }

    /** Shows a message on the field bound to the named record component; false if there is none. */
    @Override
    public boolean showError(String component, String message) {
        Optional<HasValidation> field = binder.getBinding(component)
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast);
        field.ifPresent(invalid -> {
            invalid.setErrorMessage(message);
            invalid.setInvalid(true);
        });
        return field.isPresent();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    private <F extends Component & HasLabel> F place(F field, String component) {
        field.setId(prefix + "-" + component);
        field.setLabel(getTranslation(prefix + "." + component));
        addComponentAtIndex(getElement().indexOfChild(buttons.getElement()), field);
        return field;
    }

    private void save() {
        try {
            fireEvent(new SaveEvent<>(this, editedId, binder.writeRecord()));
        } catch (ValidationException unconvertible) {
            // the binder has marked the fields whose text it could not convert; nothing is saved
        }
    }

    /** The user asks to save the record the form shows; {@code id} is none for a new one. */
    public static class SaveEvent<T extends Record> extends ComponentEvent<RecordForm<T>> {

        private final Long id;
        private final T record;

        SaveEvent(RecordForm<T> source, Long id, T record) {
            super(source, false);
            this.id = id;
            this.record = record;
        }

        public Long getId() {
            return id;
        }

        public T getRecord() {
            return record;
        }
    }

    /** The user leaves the form without saving. */
    public static class CancelEvent extends ComponentEvent<RecordForm<?>> {

        CancelEvent(RecordForm<?> source) {
            super(source, false);
        }
    }
}
