package org.procuredesk.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/** A new comment on a budget; a refusal of the text shows on it, and once it is saved the page shows it. */
class CommentBox extends VerticalLayout implements FieldErrors {

    private final TextArea text = new TextArea();

    /**
     * @param comment saves the text as a comment
     * @param saved   runs once it is saved
     */
    CommentBox(Consumer<String> comment, Runnable saved) {
        setPadding(false);
        text.setId("budget-comment");
        text.setLabel(getTranslation("budget.newComment"));
        text.setMaxLength(2000);
        text.setWidthFull();
        Button add = new Button(getTranslation("budget.addComment"), click -> {
            text.setInvalid(false);
            if (FormSubmission.succeeded(this, () -> comment.accept(text.getValue()))) {
                text.clear();
                saved.run();
            }
        });
        add.setId("budget-comment-add");
        add(text, add);
    }

    @Override
    public boolean showError(String field, String message) {
        return ErrorsOnText.show(text, "text", field, message);
    }
}
