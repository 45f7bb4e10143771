package org.procuredesk.system.ui;

import com.vaadin.flow.component.HasValidation;

/** A form that can show a refusal on the field it names, e.g. {@code justification} or {@code lines[2].quantity}. */
public interface FieldErrors {

    /** Shows the message on the named field; false if the form has no such field. */
    boolean showError(String field, String message);

    /** A form of one field: refusals naming {@code name} show on {@code field}. */
    static FieldErrors of(String name, HasValidation field) {
        return (refused, message) -> {
            if (!name.equals(refused)) {
                return false;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            return true;
        };
    }
}
