package org.procuredesk.people;

import java.util.Optional;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.UniqueConstraint;
import org.procuredesk.system.Versioned;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The values no two records may share, each refused on its form's field with its own message: when the
 * service finds the value taken, and when two saves race past that check and the database's unique
 * constraint refuses the second.
 */
enum UniqueValue {

    USERNAME("uk_person_username", "username", "person.usernameTaken"),
    DEPARTMENT_CODE("uk_department_code", "code", "department.codeTaken"),
    BRANCH_CODE("uk_branch_code", "code", "branch.codeTaken"),
    WAREHOUSE_CODE("uk_warehouse_code", "code", "warehouse.codeTaken");

    private final UniqueConstraint constraint;
    private final String field;
    private final String messageKey;

    UniqueValue(String constraint, String field, String messageKey) {
        this.constraint = new UniqueConstraint(constraint);
        this.field = field;
        this.messageKey = messageKey;
    }

    /**
     * Refuses the value if a record other than {@code ownId} holds it.
     *
     * @param holder who holds the value now, if anyone
     * @param ownId  the record being saved; none for a new one
     */
    void refuseTaken(Optional<? extends Versioned> holder, Long ownId, String value) {
        if (holder.map(Versioned::getId).filter(id -> !id.equals(ownId)).isPresent()) {
            throw taken(value);
        }
    }

    /**
     * Stores the record at once, so that it comes back at its new version, and so that a value the database's
     * constraint refuses, because another save took it meanwhile, is refused like one the service found taken.
     */
    <T extends Versioned> T store(JpaRepository<T, Long> repository, T record, String value) {
        try {
            return repository.saveAndFlush(record);
        } catch (DataIntegrityViolationException violation) {
            if (constraint.isViolatedBy(violation)) {
                throw taken(value);
            }
            throw violation;
        }
    }

    private DomainException taken(String value) {
        return DomainException.ofField(field, messageKey, value);
    }
}
