package org.procuredesk.system.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * A comment and the buttons that decide a task with it (accept, return, approve...). Each button hands
 * the comment to the service call it stands for; a refusal naming {@code comment} is shown on the comment.
 */
public class CommentedActions extends VerticalLayout implements FieldErrors {

    private final TextArea comment = new TextArea();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final String prefix;

    /** @param prefix gives the ids {@code <prefix>-comment}, {@code <prefix>-<action>} */
    public CommentedActions(String prefix) {
        this.prefix = prefix;
        setId(prefix + "-actions");
        setPadding(false);
        comment.setId(prefix + "-comment");
        comment.setLabel(getTranslation("task.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        add(comment, buttons);
    }

    /** Adds a button; the first one added is the primary one. */
    public CommentedActions action(String action, String labelKey, Consumer<String> call) {
        Button button = new Button(getTranslation(labelKey), click -> {
            comment.setInvalid(false);
            call.accept(comment.getValue());
        });
        button.setId(prefix + "-" + action);
        if (buttons.getComponentCount() == 0) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        buttons.add(button);
        return this;
    }

    @Override
    public boolean showError(String field, String message) {
        if (!"comment".equals(field)) {
            return false;
        }
        comment.setErrorMessage(message);
        comment.setInvalid(true);
        return true;
    }
}
