package org.procuredesk.request.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Why the equipment is needed, with a count of the characters used out of those allowed. */
class JustificationField extends TextArea {

    private static final int MAX_LENGTH = 2000;

    JustificationField() {
        setMaxLength(MAX_LENGTH);
        setValueChangeMode(ValueChangeMode.EAGER);
        setMinHeight("6em");
        addValueChangeListener(change -> countCharacters());
        countCharacters();
    }

    private void countCharacters() {
        setHelperText(getTranslation("request.characters", getValue().length(), MAX_LENGTH));
    }
}
