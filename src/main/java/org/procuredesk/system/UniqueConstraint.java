package org.procuredesk.system;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A unique constraint of the application's tables, known by its name in the message with which the database
 * refuses a duplicate: H2 and MySQL/MariaDB both quote it (MySQL as {@code for key 'person.uk_person_username'}).
 * It tells a duplicate that two saves raced past the service's own check from any other violation.
 *
 * @param name the constraint's name in the migration, e.g. {@code uk_person_username}
 */
public record UniqueConstraint(String name) {

    public boolean isViolatedBy(DataIntegrityViolationException violation) {
        String message = violation.getMostSpecificCause().getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(name);
    }
}
