package org.procuredesk.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/** Asks who a task goes to — a colleague it may be passed to, or a team member — and passes it on confirmation. */
class AssignDialog extends Dialog {

    private final ComboBox<PersonSummary> person = new ComboBox<>();
    private final FieldErrors errors = FieldErrors.of("colleague", person);
    private final Consumer<String> assign;
    private final Runnable afterwards;

    /**
     * @param people     who it may go to
     * @param assign     passes the task to the chosen user name; a refusal naming the person shows on the field
     * @param afterwards what the list does once the task has gone
     */
    AssignDialog(String title, List<PersonSummary> people, Consumer<String> assign, Runnable afterwards) {
        this.assign = assign;
        this.afterwards = afterwards;
        setHeaderTitle(title);
        setId("assign-dialog");
        person.setId("assign-to");
        person.setLabel(getTranslation("tasks.assignTo"));
        person.setItems(people);
        person.setItemLabelGenerator(PersonSummary::fullName);
        person.setWidthFull();
        Button confirm = new Button(getTranslation("tasks.assign"), click -> confirm());
        confirm.setId("confirm-assign");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new VerticalLayout(person, new HorizontalLayout(confirm, cancel)));
    }

    private void confirm() {
        if (person.getValue() == null) {
            errors.showError("colleague", getTranslation("validation.required"));
        } else if (FormSubmission.ran(errors, () -> assign.accept(person.getValue().username()))) {
            close();
            afterwards.run();
        }
    }
}
