package org.procuredesk.purchasing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/** Labelled values of a document, read only; each value has its own id, for a browser test to read. */
class Facts extends FormLayout {

    Facts(String id) {
        setId(id);
    }

    Facts fact(String id, String labelKey, String value) {
        Span text = new Span(value == null ? "" : value);
        text.setId(id);
        return fact(labelKey, text);
    }

    Facts fact(String labelKey, Component value) {
        addFormItem(value, getTranslation(labelKey));
        return this;
    }
}
