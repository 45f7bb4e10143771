package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.people.Fixtures.person;
import static org.procuredesk.people.Fixtures.uniqueUsername;
import static org.procuredesk.people.Fixtures.withActive;
import static org.procuredesk.people.Fixtures.withRoles;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@ProcureDeskIntegrationTest
@WithMockUser(roles = "ADMIN")
class LastAdministratorTest {

    @Autowired
    PeopleAdministration administration;

    @Test
    void anAdministratorMayLoseTheRoleWhileAnotherActiveOneRemains() {
        PersonSummary second = administration.create(person(uniqueUsername(), Role.ADMIN));

        PersonSummary demoted = administration.update(second.id(),
                withRoles(PersonForm.of(second), EnumSet.of(Role.AUDITOR)));

        assertThat(demoted.roles()).containsExactly(Role.AUDITOR);
    }

    /** Rolled back at the end, so the other administrators this test demotes are back for the other tests. */
    @Test
    @Transactional
    void theLastActiveAdministratorCanNeitherLoseTheRoleNorBeDeactivated() {
        PersonSummary last = onlyActiveAdministratorLeft();
        PersonForm current = PersonForm.of(last);

        assertThatThrownBy(() -> administration.update(last.id(), withRoles(current, EnumSet.of(Role.AUDITOR))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("person.lastAdministrator");
                    assertThat(refusal.getField()).contains("roles");
                });
        assertThatThrownBy(() -> administration.update(last.id(), withActive(current, false)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getField()).contains("active"));
        assertThat(administration.person(last.id())).isEqualTo(last);
    }

    private PersonSummary onlyActiveAdministratorLeft() {
        PersonSummary kept = administration.people().stream()
                .filter(person -> person.username().equals("alex.admin")).findFirst().orElseThrow();
        administration.people().stream()
                .filter(person -> person.active() && person.roles().contains(Role.ADMIN))
                .filter(person -> !person.id().equals(kept.id()))
                .forEach(other -> administration.update(other.id(), withActive(PersonForm.of(other), false)));
        return kept;
    }
}
