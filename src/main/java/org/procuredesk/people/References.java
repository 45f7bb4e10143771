package org.procuredesk.people;

import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** Resolves the ids a form refers to, refusing on the form's field any that does not exist or cannot serve. */
@Component
class References {

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final BranchRepository branches;

    References(PersonRepository people, DepartmentRepository departments, BranchRepository branches) {
        this.people = people;
        this.departments = departments;
        this.branches = branches;
    }

    /** The department, or none when no id is given. */
    Department department(Long id) {
        return id == null ? null : departments.findById(id)
                .orElseThrow(() -> DomainException.ofField("departmentId", "department.unknown"));
    }

    /** The branch, or none when no id is given. */
    Branch branch(Long id) {
        return id == null ? null : branches.findById(id)
                .orElseThrow(() -> DomainException.ofField("branchId", "branch.unknown"));
    }

    /** The head of a department, who must be active to approve; none when no id is given. */
    Person head(Long id) {
        if (id == null) {
            return null;
        }
        Person head = people.findById(id)
                .orElseThrow(() -> DomainException.ofField("headId", "department.headUnknown"));
        if (!head.isActive()) {
            throw DomainException.ofField("headId", "department.headInactive", head.getFullName());
        }
        return head;
    }
}
