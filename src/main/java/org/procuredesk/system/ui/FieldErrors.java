package org.procuredesk.system.ui;

/** A form that can show a refusal on the field it names, e.g. {@code justification} or {@code lines[2].quantity}. */
public interface FieldErrors {

    /** Shows the message on the named field; false if the form has no such field. */
    boolean showError(String field, String message);
}
