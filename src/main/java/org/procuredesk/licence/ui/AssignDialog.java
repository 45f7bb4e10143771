package org.procuredesk.licence.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.procuredesk.licence.AssigneeKind;
import org.procuredesk.licence.AssignmentForm;
import org.procuredesk.system.ui.FieldErrors;
import org.procuredesk.system.ui.FormSubmission;

/** Gives a seat of a licence to a person (user name) or an asset (inventory number); refusals show on the fields. */
class AssignDialog extends Dialog implements FieldErrors {

    /** Where a refusal naming no field shows, e.g. no seat left or the licence expired. */
    private static final String ASSIGNEE = "assignee";

    private final ComboBox<AssigneeKind> kind = new ComboBox<>();
    private final TextField assignee = new TextField();
    private final Map<String, HasValidation> fields = Map.of("kind", kind, ASSIGNEE, assignee);

    /**
     * @param assign   assigns what the dialog says
     * @param assigned runs once it is assigned
     */
    AssignDialog(Consumer<AssignmentForm> assign, Runnable assigned) {
        setId("licence-assign-dialog");
        setHeaderTitle(getTranslation("licence.assign"));
        kind.setId("licence-assignee-kind");
        kind.setLabel(getTranslation("licence.assigneeKind"));
        kind.setItems(AssigneeKind.values());
        kind.setItemLabelGenerator(choice -> getTranslation("licence.assignee." + choice.name()));
        kind.setValue(AssigneeKind.PERSON);
        assignee.setId("licence-assignee");
        assignee.setLabel(getTranslation("licence.assignee"));
        assignee.setWidth("20em");
        Button save = new Button(getTranslation("licence.assign"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (FormSubmission.ran(this, FormSubmission.refusalsOn(ASSIGNEE,
                    () -> assign.accept(new AssignmentForm(kind.getValue(), assignee.getValue()))))) {
                close();
                assigned.run();
            }
        });
        save.setId("licence-assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(new VerticalLayout(kind, assignee, new HorizontalLayout(cancel, save)));
    }

    @Override
    public boolean showError(String field, String message) {
        return FieldErrors.showOn(fields, field, message);
    }
}
