package org.procuredesk.people;

import java.util.Optional;

/** A person found by their user name, their natural id. */
interface PersonByUsername {

    Optional<Person> findByUsername(String username);
}
