package org.procuredesk.people;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a person by their user name through Hibernate's natural id: within one transaction the second look-up of
 * the same person is answered from the persistence context instead of the database. A step that checks who acts,
 * whom it is for and who is told asks for the same two or three people several times.
 */
class PersonByUsernameImpl implements PersonByUsername {

    private final EntityManager entityManager;

    PersonByUsernameImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** In a transaction, joined or its own: the session must outlive the look-up. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Person> findByUsername(String username) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Person.class).loadOptional(username);
    }
}
