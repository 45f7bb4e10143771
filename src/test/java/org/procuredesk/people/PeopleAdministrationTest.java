package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.procuredesk.people.Fixtures.person;
import static org.procuredesk.people.Fixtures.uniqueUsername;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@ProcureDeskIntegrationTest
@WithMockUser(roles = "ADMIN")
class PeopleAdministrationTest {

    @Autowired
    PeopleAdministration administration;

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Messages messages;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void addsAPersonWhosePasswordIsStoredOnlyAsAHash() {
        String username = uniqueUsername();

        PersonSummary added = administration.create(person(username, Role.REQUESTER, Role.WAREHOUSE));

        assertThat(administration.person(added.id())).isEqualTo(added);
        assertThat(added.roles()).containsExactlyInAnyOrder(Role.REQUESTER, Role.WAREHOUSE);
        String hash = people.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(hash).isNotEqualTo("secret-password");
        assertThat(passwordEncoder.matches("secret-password", hash)).isTrue();
    }

    @Test
    void refusesEveryInvalidFieldInEnglishAndStoresNothing() {
        LocaleContextHolder.setLocale(Messages.ENGLISH);
        PersonForm invalid = new PersonForm("Not Valid", " ", "not-an-email", null, null, Set.of(), true, null,
                null);

        assertThatThrownBy(() -> administration.create(invalid))
                .asInstanceOf(type(ConstraintViolationException.class))
                .extracting(Fixtures::messagesByField)
                .isEqualTo(Map.of(
                        "username", "Use 3 to 64 lower-case letters, digits, dots, dashes or underscores.",
                        "fullName", "This field is required.",
                        "email", "Enter a valid e-mail address.",
                        "roles", "Choose at least one role.",
                        "newPassword", "This field is required."));
        assertThat(people.existsByUsername("Not Valid")).isFalse();
    }

    @Test
    void refusesEveryInvalidFieldInRomanian() {
        LocaleContextHolder.setLocale(Messages.ROMANIAN);
        String username = uniqueUsername();
        PersonForm invalid = new PersonForm(username, "x".repeat(121), "", null, null, Set.of(Role.REQUESTER),
                true, "short", null);

        assertThatThrownBy(() -> administration.create(invalid))
                .asInstanceOf(type(ConstraintViolationException.class))
                .extracting(Fixtures::messagesByField)
                .isEqualTo(Map.of(
                        "fullName", "Cel mult 120 caractere.",
                        "email", "Acest câmp este obligatoriu.",
                        "newPassword", "Folosiți între 8 și 72 de caractere."));
        assertThat(people.existsByUsername(username)).isFalse();
    }

    @Test
    void refusesADuplicateUserNameAndStoresNothing() {
        long before = people.count();

        assertThatThrownBy(() -> administration.create(person("ana.requester", Role.REQUESTER)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).contains("username");
                    assertThat(refusal.getMessageKey()).isEqualTo("person.usernameTaken");
                });
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void refusesTheSecondOfTwoPeopleAddedAtOnceWithTheSameUserNameOnItsField() throws Exception {
        String username = uniqueUsername();
        PersonForm form = person(username, Role.REQUESTER);

        List<Object> outcomes = Race.run(() -> administration.create(form), () -> administration.create(form));

        assertThat(outcomes).filteredOn(PersonSummary.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getField()).contains("username");
                    assertThat(messages.get(refusal, Messages.ENGLISH))
                            .isEqualTo("The user name " + username + " is already taken.");
                });
        assertThat(administration.people()).filteredOn(person -> person.username().equals(username)).hasSize(1);
    }

    @Test
    void refusesAnUnknownDepartmentOnItsField() {
        String username = uniqueUsername();
        PersonForm form = person(username, Role.REQUESTER);
        PersonForm unknownDepartment = new PersonForm(username, form.fullName(), form.email(), Long.MAX_VALUE,
                null, form.roles(), true, form.newPassword(), null);

        assertThatThrownBy(() -> administration.create(unknownDepartment))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getField()).contains("departmentId"));
        assertThat(people.existsByUsername(username)).isFalse();
    }

    @Test
    void changesAPersonAndKeepsThePasswordWhenNoNewOneIsGiven() {
        PersonSummary added = administration.create(person(uniqueUsername(), Role.REQUESTER));
        String renamed = uniqueUsername();

        PersonSummary changed = administration.update(added.id(), new PersonForm(renamed, "Renamed Person",
                "renamed@procuredesk.example", null, null, EnumSet.of(Role.LINE_MANAGER), false, null,
                added.version()));

        assertThat(changed.username()).isEqualTo(renamed);
        assertThat(changed.roles()).containsExactly(Role.LINE_MANAGER);
        assertThat(changed.active()).isFalse();
        String hash = people.findByUsername(renamed).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("secret-password", hash)).isTrue();
    }

    @Test
    void loadsThePeoplesRolesInBatchesRatherThanOneQueryPerPerson() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            int everyone = administration.people().size();
            // the statistics count every thread's statements, a notification mailed meanwhile too: the fewest of
            // three readings is the list's own
            long fewest = LongStream.range(0, 3).map(reading -> {
                statistics.clear();
                administration.people();
                return statistics.getPrepareStatementCount();
            }).min().orElseThrow();

            // the people, then their roles, departments and branches 64 people at a time
            assertThat(fewest).isLessThanOrEqualTo(1 + 3 * ((everyone + 63) / 64));
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aMissingPersonIsNotFound() {
        assertThatThrownBy(() -> administration.person(Long.MAX_VALUE))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("person.notFound"));
    }

    @Test
    @WithMockUser(roles = "REQUESTER")
    void refusesEveryoneButAdministratorsBeforeLookingAtWhatTheySend() {
        PersonForm invalid = new PersonForm("", "", "", null, null, Set.of(), true, null, null);

        assertThatThrownBy(() -> administration.people()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(invalid)).isInstanceOf(AccessDeniedException.class);
    }
}
