package org.procuredesk.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.procuredesk.budget.BudgetLineView;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/** Asks why an application should wait for the next period's budget, and moves it there on confirmation. */
class MoveLineDialog extends Dialog implements FieldErrors {

    private final TextArea reason = new TextArea();

    /**
     * @param move  moves the line with the reason given; a refusal of the reason shows on it
     * @param moved runs once the line has moved
     */
    MoveLineDialog(BudgetLineView line, Consumer<String> move, Runnable moved) {
        setId("move-dialog");
        setHeaderTitle(getTranslation("budget.moveTitle", line.number()));
        reason.setId("move-reason");
        reason.setLabel(getTranslation("budget.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("budget.move"), click -> {
            reason.setInvalid(false);
            if (FormSubmission.ran(this, () -> move.accept(reason.getValue()))) {
                close();
                FormSubmission.notifySuccess(getTranslation("budget.moved", line.number()));
                moved.run();
            }
        });
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new VerticalLayout(reason, new HorizontalLayout(confirm, cancel)));
    }

    @Override
    public boolean showError(String field, String message) {
        return ErrorsOnText.show(reason, "reason", field, message);
    }
}
