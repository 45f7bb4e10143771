package org.procuredesk.people;

import java.util.Optional;
import java.util.function.Function;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * Resolves the ids a form refers to, refusing on the form's field any that does not exist or
 * cannot serve, and refuses codes and names another record already holds.
 */
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

    /**
     * Refuses a value that a record other than {@code ownId} already holds.
     *
     * @param holder who holds the value now, if anyone
     * @param ownId  the record being saved; none for a new one
     */
    static <T> void refuseTaken(Optional<T> holder, Function<T, Long> idOf, Long ownId, String field, String key,
                                String value) {
        if (holder.map(idOf).filter(id -> !id.equals(ownId)).isPresent()) {
            throw DomainException.ofField(field, key, value);
        }
    }
}
