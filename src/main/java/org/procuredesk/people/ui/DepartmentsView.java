package org.procuredesk.people.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.procuredesk.people.DepartmentAdministration;
import org.procuredesk.people.DepartmentForm;
import org.procuredesk.people.DepartmentSummary;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.system.ui.RecordsPanel;

/** The administrator's list of departments, with the form that adds and changes them. */
@Route("admin/departments")
@Menu(title = "nav.admin.departments", order = 91, icon = "vaadin:sitemap")
@RolesAllowed("ADMIN")
public class DepartmentsView extends RecordsPanel<DepartmentSummary, DepartmentForm> implements HasDynamicTitle {

    private final DepartmentEditor form;
    private final DepartmentAdministration departments;
    private final PeopleAdministration people;

    public DepartmentsView(DepartmentAdministration departments, PeopleAdministration people) {
        this(new DepartmentEditor(), departments, people);
    }

    private DepartmentsView(DepartmentEditor form, DepartmentAdministration departments, PeopleAdministration people) {
        super(form, "department");
        this.form = form;
        this.departments = departments;
        this.people = people;
        configureGrid();
        updateList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.departments");
    }

    private void configureGrid() {
        grid.setId("departments-grid");
        grid.addColumn(DepartmentSummary::code).setHeader(getTranslation("department.code"));
        grid.addColumn(DepartmentSummary::name).setHeader(getTranslation("department.name"));
        grid.addColumn(DepartmentSummary::headName).setHeader(getTranslation("department.headId"));
    }

    @Override
    protected void updateList() {
        form.offer(people.people());
        super.updateList();
    }

    @Override
    protected List<DepartmentSummary> records() {
        return departments.departments();
    }

    @Override
    protected Long idOf(DepartmentSummary department) {
        return department.id();
    }

    @Override
    protected DepartmentForm formOf(DepartmentSummary department) {
        return DepartmentForm.of(department);
    }

    @Override
    protected DepartmentForm blank() {
        return DepartmentForm.blank();
    }

    @Override
    protected void store(Long id, DepartmentForm department) {
        if (id == null) {
            departments.create(department);
        } else {
            departments.update(id, department);
        }
    }
}
