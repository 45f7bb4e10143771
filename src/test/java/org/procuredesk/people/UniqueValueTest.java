package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procuredesk.system.DomainException;
import org.springframework.dao.DataIntegrityViolationException;

/** How the database words a refused duplicate: H2, MySQL 8 (the key with its table) and MariaDB, in any case. */
class UniqueValueTest {

    private final PersonRepository people = mock(PersonRepository.class);
    private final Person person = new Person("ana", "Ana Popescu", "ana@example.org", "hash");

    @ParameterizedTest
    @ValueSource(strings = {
            "Duplicate entry 'ana' for key 'person.uk_person_username'",
            "Duplicate entry 'ana' for key 'uk_person_username'",
            "Unique index or primary key violation: \"PUBLIC.UK_PERSON_USERNAME_INDEX_8 ON PUBLIC.PERSON(USERNAME)\""})
    void refusesAValueTheDatabaseFindsTakenOnItsField(String message) {
        when(people.saveAndFlush(any())).thenThrow(violation(message));

        assertThatThrownBy(() -> UniqueValue.USERNAME.store(people, person, "ana"))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).contains("username");
                    assertThat(refusal.getMessageKey()).isEqualTo("person.usernameTaken");
                    assertThat(refusal.getArguments()).containsExactly("ana");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Cannot add or update a child row: a foreign key constraint fails (CONSTRAINT `fk_person_department`)",
            "Duplicate entry 'BUC' for key 'branch.uk_branch_code'"})
    void letsAnyOtherViolationThroughAsItIs(String message) {
        DataIntegrityViolationException violation = violation(message);
        when(people.saveAndFlush(any())).thenThrow(violation);

        assertThatThrownBy(() -> UniqueValue.USERNAME.store(people, person, "ana")).isSameAs(violation);
    }

    private static DataIntegrityViolationException violation(String message) {
        return new DataIntegrityViolationException("could not execute statement",
                new SQLIntegrityConstraintViolationException(message));
    }
}
