package org.procuredesk.repair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Function;
import java.util.function.Predicate;

/** A choice among an enum's values, each named in the reader's language, and the fields only some choices need. */
final class Choice {

    private Choice() {
    }

    static <E extends Enum<E>> RadioButtonGroup<E> of(String label, E[] values, Function<E, String> messageKey) {
        RadioButtonGroup<E> choice = new RadioButtonGroup<>(label);
        choice.setItems(values);
        choice.setItemLabelGenerator(value -> choice.getTranslation(messageKey.apply(value)));
        return choice;
    }

    /** Shows the fields only while the chosen value is one they are needed for. */
    static <E> void showWhen(RadioButtonGroup<E> choice, Predicate<E> needed, Component... fields) {
        for (Component field : fields) {
            field.setVisible(false);
        }
        choice.addValueChangeListener(chosen -> {
            for (Component field : fields) {
                field.setVisible(chosen.getValue() != null && needed.test(chosen.getValue()));
            }
        });
    }
}
