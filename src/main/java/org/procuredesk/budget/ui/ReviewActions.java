package org.procuredesk.budget.ui;

import java.util.function.Consumer;
import org.procuredesk.system.ui.CommentedActions;

/** The review's comment and buttons; a refusal of the lines left out shows under the lines until the next try. */
class ReviewActions extends CommentedActions {

    private final ExclusionChoice choice;

    ReviewActions(ExclusionChoice choice, Runnable completed) {
        super("review", completed);
        this.choice = choice;
    }

    @Override
    public ReviewActions action(String action, String labelKey, Consumer<String> call) {
        super.action(action, labelKey, comment -> {
            choice.clearError();
            call.accept(comment);
        });
        return this;
    }

    @Override
    public boolean showError(String field, String message) {
        if ("excluded".equals(field)) {
            choice.showError(message);
            return true;
        }
        return super.showError(field, message);
    }
}
