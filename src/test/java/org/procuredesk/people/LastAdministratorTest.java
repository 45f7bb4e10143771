package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.people.Fixtures.person;
import static org.procuredesk.people.Fixtures.uniqueUsername;
import static org.procuredesk.people.Fixtures.withActive;
import static org.procuredesk.people.Fixtures.withRoles;

import java.util.EnumSet;
import java.util.List;
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

    /**
     * Not rolled back: each administrator acts in a transaction of their own. The other active administrators
     * are deactivated meanwhile, so that the two new ones are the last, and activated again at the end.
     */
    @Test
    void twoAdministratorsTakingTheRoleFromEachOtherAtOnceLeaveOneOfThem() throws Exception {
        PersonSummary first = administration.create(person(uniqueUsername(), Role.ADMIN));
        PersonSummary second = administration.create(person(uniqueUsername(), Role.ADMIN));
        List<PersonSummary> others = activeAdministrators().stream()
                .filter(other -> !other.id().equals(first.id()) && !other.id().equals(second.id())).toList();
        others.forEach(other -> administration.update(other.id(), withActive(PersonForm.of(other), false)));
        try {
            List<Object> outcomes = Race.run(() -> demote(first), () -> demote(second));

            assertThat(outcomes).filteredOn(PersonSummary.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                    .isInstanceOfSatisfying(DomainException.class, refusal ->
                            assertThat(refusal.getMessageKey()).isEqualTo("person.lastAdministrator"));
            assertThat(activeAdministrators()).hasSize(1);
        } finally {
            others.forEach(other -> administration.update(other.id(),
                    withActive(PersonForm.of(administration.person(other.id())), true)));
        }
    }

    private PersonSummary demote(PersonSummary administrator) {
        return administration.update(administrator.id(),
                withRoles(PersonForm.of(administrator), EnumSet.of(Role.AUDITOR)));
    }

    private PersonSummary onlyActiveAdministratorLeft() {
        PersonSummary kept = administration.people().stream()
                .filter(person -> person.username().equals("alex.admin")).findFirst().orElseThrow();
        activeAdministrators().stream()
                .filter(person -> !person.id().equals(kept.id()))
                .forEach(other -> administration.update(other.id(), withActive(PersonForm.of(other), false)));
        return kept;
    }

    private List<PersonSummary> activeAdministrators() {
        return administration.people().stream()
                .filter(person -> person.active() && person.roles().contains(Role.ADMIN))
                .toList();
    }
}
