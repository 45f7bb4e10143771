package org.procuredesk.budget.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * Shows a refusal on the text a call took besides its budget or line: a violation of a plain parameter names no
 * field, a refusal may name the text's own.
 */
final class ErrorsOnText {

    private ErrorsOnText() {
    }

    /** @return whether the refusal was the text's, and is shown on it */
    static boolean show(TextArea text, String name, String field, String message) {
        if (!field.isEmpty() && !name.equals(field)) {
            return false;
        }
        text.setErrorMessage(message);
        text.setInvalid(true);
        return true;
    }
}
