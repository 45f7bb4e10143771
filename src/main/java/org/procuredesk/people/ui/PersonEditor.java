package org.procuredesk.people.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.procuredesk.people.BranchSummary;
import org.procuredesk.people.DepartmentSummary;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.Role;
import org.procuredesk.system.ui.Choices;
import org.procuredesk.system.ui.RecordForm;

/** The form of a person: who they are, where they work, their roles, and a password. */
class PersonEditor extends RecordForm<PersonForm> {

    private final ComboBox<Long> department = new ComboBox<>();
    private final ComboBox<Long> branch = new ComboBox<>();
    private final PasswordField password = new PasswordField();

    PersonEditor() {
        super(PersonForm.class, "person");
        bindText(new TextField(), "username");
        bindText(new TextField(), "fullName");
        EmailField email = bindText(new EmailField(), "email");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        bind(department, "departmentId");
        bind(branch, "branchId");
        MultiSelectComboBox<Role> roles = bind(new MultiSelectComboBox<>(), "roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        bind(new Checkbox(), "active");
        bindText(password, "newPassword");
        carry("version");
    }

    void offer(List<DepartmentSummary> departments, List<BranchSummary> branches) {
        Choices.offer(department, departments, DepartmentSummary::id, DepartmentSummary::name);
        Choices.offer(branch, branches, BranchSummary::id, BranchSummary::name);
    }

    @Override
    public void edit(Long id, PersonForm person) {
        super.edit(id, person);
        password.setHelperText(id == null ? null : getTranslation("person.newPassword.helper"));
    }
}
