package org.procuredesk.people.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.procuredesk.people.BranchAdministration;
import org.procuredesk.people.DepartmentAdministration;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Role;
import org.procuredesk.system.ui.RecordsPanel;

/** The administrator's list of people, with the form that adds and changes them. */
@Route("admin/people")
@Menu(title = "nav.admin.people", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends RecordsPanel<PersonSummary, PersonForm> implements HasDynamicTitle {

    private final PersonEditor form;
    private final PeopleAdministration people;
    private final DepartmentAdministration departments;
    private final BranchAdministration branches;

    public PeopleView(PeopleAdministration people, DepartmentAdministration departments,
                      BranchAdministration branches) {
        this(new PersonEditor(), people, departments, branches);
    }

    private PeopleView(PersonEditor form, PeopleAdministration people, DepartmentAdministration departments,
                       BranchAdministration branches) {
        super(form, "person");
        this.form = form;
        this.people = people;
        this.departments = departments;
        this.branches = branches;
        configureGrid();
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.people");
    }

    private void configureGrid() {
        grid.setId("people-grid");
        grid.addColumn(PersonSummary::username).setHeader(getTranslation("person.username"));
        grid.addColumn(PersonSummary::fullName).setHeader(getTranslation("person.fullName"));
        grid.addColumn(PersonSummary::email).setHeader(getTranslation("person.email"));
        grid.addColumn(PersonSummary::departmentName).setHeader(getTranslation("person.departmentId"));
        grid.addColumn(PersonSummary::branchName).setHeader(getTranslation("person.branchId"));
        grid.addColumn(person -> roles(person.roles())).setHeader(getTranslation("person.roles"));
        grid.addColumn(person -> getTranslation(person.active() ? "value.yes" : "value.no"))
                .setHeader(getTranslation("person.active"));
    }

    @Override
    protected void updateList() {
        form.offer(departments.departments(), branches.branches());
        super.updateList();
    }

    @Override
    protected List<PersonSummary> records() {
        return people.people();
    }

    @Override
    protected Long idOf(PersonSummary person) {
        return person.id();
    }

    @Override
    protected PersonForm formOf(PersonSummary person) {
        return PersonForm.of(person);
    }

    @Override
    protected PersonForm blank() {
        return PersonForm.blank();
    }

    @Override
    protected void store(Long id, PersonForm person) {
        if (id == null) {
            people.create(person);
        } else {
            people.update(id, person);
        }
    }

    private String roles(Set<Role> roles) {
        return roles.stream().map(role -> getTranslation(role.messageKey())).collect(Collectors.joining(", "));
    }
}
