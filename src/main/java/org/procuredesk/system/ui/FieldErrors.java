package org.procuredesk.system.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** A form that can show a refusal on the field it names, e.g. {@code justification} or {@code lines[2].quantity}. */
public interface FieldErrors {

    /** Shows the message on the named field; false if the form has no such field. */
    boolean showError(String field, String message);

    /** Shows the message on the field of that name among {@code fields}; false if there is none. */
    static boolean showOn(Map<String, ? extends HasValidation> fields, String field, String message) {
        HasValidation invalid = fields.get(field);
        if (invalid == null) {
            return false;
        }
        invalid.setErrorMessage(message);
        invalid.setInvalid(true);
        return true;
    }
}
