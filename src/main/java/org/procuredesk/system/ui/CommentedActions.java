package org.procuredesk.system.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * A comment and the buttons that decide a task with it (accept, return, approve...). Each button hands
 * the comment to the service call it stands for; a refusal naming {@code comment} is shown on the comment,
 * and once a call succeeds the task is done.
 */
public class CommentedActions extends VerticalLayout implements FieldErrors {

    private final TextArea comment = new TextArea();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final String prefix;
    private final Runnable completed;

    /**
     * @param prefix    gives the ids {@code <prefix>-comment}, {@code <prefix>-<action>}
     * @param completed runs once an action's call has succeeded
     */
    public CommentedActions(String prefix, Runnable completed) {
        this.prefix = prefix;
        this.completed = completed;
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
            if (FormSubmission.ran(this, () -> call.accept(comment.getValue()))) {
                completed.run();
            }
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
