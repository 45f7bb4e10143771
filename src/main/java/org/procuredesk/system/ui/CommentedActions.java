package org.procuredesk.system.ui;

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
    private final ActionButtons buttons;
    private final Runnable completed;

    /**
     * @param prefix    gives the ids {@code <prefix>-comment}, {@code <prefix>-<action>}
     * @param completed runs once an action's call has succeeded
     */
    public CommentedActions(String prefix, Runnable completed) {
        this.buttons = new ActionButtons(prefix);
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
        buttons.action(action, labelKey, () -> {
            comment.setInvalid(false);
            if (FormSubmission.ran(this, () -> call.accept(comment.getValue()))) {
                completed.run();
            }
        });
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
