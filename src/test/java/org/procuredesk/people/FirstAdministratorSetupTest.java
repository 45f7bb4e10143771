package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A fresh installation gets its first administrator from the environment, and only a fresh one. */
class FirstAdministratorSetupTest {

    final PersonRepository people = mock(PersonRepository.class);
    final PasswordEncoder passwordEncoder = new BCryptPasswordEncoder(4);

    @Test
    void freshInstallationGetsTheConfiguredAdministratorWithAHashedPassword() {
        when(people.existsActiveWithRole(Role.ADMIN)).thenReturn(false);

        setUp(new FirstAdministrator("root.admin", "s3cret-enough", "Root Admin", "root@example.com"));

        ArgumentCaptor<Person> saved = ArgumentCaptor.forClass(Person.class);
        verify(people).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("root.admin");
        assertThat(saved.getValue().getRoles()).containsExactly(Role.ADMIN);
        assertThat(saved.getValue().isActive()).isTrue();
        assertThat(saved.getValue().getEmail()).isEqualTo("root@example.com");
        assertThat(passwordEncoder.matches("s3cret-enough", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void installationWithAnAdministratorIsLeftAlone() {
        when(people.existsActiveWithRole(Role.ADMIN)).thenReturn(true);

        setUp(new FirstAdministrator("root.admin", "s3cret-enough", "Root Admin", null));

        verify(people, never()).save(any());
    }

    @Test
    void nothingIsCreatedWhenNoAdministratorIsConfigured() {
        when(people.existsActiveWithRole(Role.ADMIN)).thenReturn(false);

        setUp(new FirstAdministrator("", "", "Administrator", null));

        verify(people, never()).save(any());
    }

    @Test
    void aTakenUserNameIsNeverTurnedIntoAnAdministrator() {
        when(people.existsActiveWithRole(Role.ADMIN)).thenReturn(false);
        when(people.existsByUsername("ana.requester")).thenReturn(true);

        setUp(new FirstAdministrator("ana.requester", "s3cret-enough", "Ana", null));

        verify(people, never()).save(any());
    }

    private void setUp(FirstAdministrator admin) {
        ProcureDeskProperties properties = new ProcureDeskProperties(Currency.getInstance("RON"),
                ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"), admin);
        new FirstAdministratorSetup(properties, people, passwordEncoder).run(new DefaultApplicationArguments());
    }
}
