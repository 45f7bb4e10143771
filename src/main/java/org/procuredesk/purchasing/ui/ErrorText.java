package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.html.Span;

/** A refusal of a whole group of fields (all prices, all items), shown under the group. */
class ErrorText extends Span {

    ErrorText(String id) {
        setId(id);
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    /** @return true: the message is shown */
    boolean show(String message) {
        setText(message);
        setVisible(true);
        return true;
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
