package org.procuredesk.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.procuredesk.people.DepartmentForm;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.system.ui.Choices;
import org.procuredesk.system.ui.RecordForm;

/** The form of a department and its head. */
class DepartmentEditor extends RecordForm<DepartmentForm> {

    private final ComboBox<Long> head = new ComboBox<>();

    DepartmentEditor() {
        super(DepartmentForm.class, "department");
        bindText(new TextField(), "code");
        bindText(new TextField(), "name");
        bind(head, "headId");
        carry("version");
    }

    void offer(List<PersonSummary> people) {
        Choices.offer(head, people, PersonSummary::id,
                person -> person.fullName() + " (" + person.username() + ")");
    }
}
