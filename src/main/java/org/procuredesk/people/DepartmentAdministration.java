package org.procuredesk.people;

import static org.procuredesk.people.UniqueValue.DEPARTMENT_CODE;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import org.procuredesk.system.Change;
import org.procuredesk.system.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The administrator's work on departments and their heads. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class DepartmentAdministration {

    private final DepartmentRepository departments;
    private final References references;

    DepartmentAdministration(DepartmentRepository departments, References references) {
        this.departments = departments;
        this.references = references;
    }

    /** Every department, by name. */
    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments() {
        return departments.findAllByName().stream().map(DepartmentSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentSummary department(Long id) {
        return DepartmentSummary.of(existing(id));
    }

    public DepartmentSummary create(@Valid DepartmentForm form) {
        refuseTakenCode(form, null);
        Person head = references.head(form.headId());
        Department department = new Department(form.code(), form.name());
        department.update(form.code(), form.name(), head);
        return DepartmentSummary.of(DEPARTMENT_CODE.store(departments, department, form.code()));
    }

    /** Changes the department, unless someone else changed it since the version the form was made to. */
    @Validated({Default.class, Change.class})
    public DepartmentSummary update(Long id, @Valid DepartmentForm form) {
        Department department = existing(id);
        department.requireVersion(form.version());
        refuseTakenCode(form, id);
        department.update(form.code(), form.name(), references.head(form.headId()));
        return DepartmentSummary.of(DEPARTMENT_CODE.store(departments, department, form.code()));
    }

    private void refuseTakenCode(DepartmentForm form, Long ownId) {
        DEPARTMENT_CODE.refuseTaken(departments.findByCode(form.code()), ownId, form.code());
    }

    private Department existing(Long id) {
        return departments.findById(id)
                .orElseThrow(() -> new DomainException("department.notFound", String.valueOf(id)));
    }
}
