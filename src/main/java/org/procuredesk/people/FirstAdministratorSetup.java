package org.procuredesk.people;

import java.util.EnumSet;
import org.procuredesk.system.ProcureDeskProperties;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a fresh installation (no active administrator), creates the administrator named by
 * {@code PROCUREDESK_ADMIN_USERNAME} and {@code PROCUREDESK_ADMIN_PASSWORD}; later starts leave people alone.
 */
@Component
@Order(2)
class FirstAdministratorSetup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministratorSetup.class);

    private final ProcureDeskProperties properties;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    FirstAdministratorSetup(ProcureDeskProperties properties, PersonRepository people, PasswordEncoder passwordEncoder) {
        this.properties = properties;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        FirstAdministrator admin = properties.admin();
        if (people.existsActiveWithRole(Role.ADMIN)) {
            return;
        }
        if (!admin.isConfigured()) {
            LOG.warn("No administrator exists: set PROCUREDESK_ADMIN_USERNAME and PROCUREDESK_ADMIN_PASSWORD");
            return;
        }
        if (people.existsByUsername(admin.username())) {
            LOG.warn("No active administrator exists, and '{}' is taken by a person who is not one", admin.username());
            return;
        }
        String email = admin.email() == null || admin.email().isBlank() ? admin.username() + "@localhost" : admin.email();
        Person person = new Person(admin.username(), admin.fullName(), email, passwordEncoder.encode(admin.password()));
        person.update(admin.fullName(), email, null, null, EnumSet.of(Role.ADMIN), true);
        people.save(person);
        LOG.info("Created the first administrator '{}'", admin.username());
    }
}
