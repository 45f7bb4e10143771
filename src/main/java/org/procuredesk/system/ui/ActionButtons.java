package org.procuredesk.system.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The buttons of a form in a row, each with the id {@code <prefix>-<action>}; the first added is the primary one. */
class ActionButtons extends HorizontalLayout {

    private final String prefix;

    ActionButtons(String prefix) {
        this.prefix = prefix;
    }

    void action(String action, String labelKey, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), click -> onClick.run());
        button.setId(prefix + "-" + action);
        if (getComponentCount() == 0) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(button);
    }
}
