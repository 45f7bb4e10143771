package org.procuredesk.people;

import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * Somebody must always be able to administer ProcureDesk: the last active administrator can neither
 * lose the administrator role nor be deactivated. The active administrators are locked while they are
 * counted, so two administrators taking the role from each other at once are counted one after the other.
 */
@Component
class LastAdministratorRule {

    private final PersonRepository people;

    LastAdministratorRule(PersonRepository people) {
        this.people = people;
    }

    /** Refuses the change, on the field that would take the role away, if it leaves no active administrator. */
    void check(Person person, PersonForm change) {
        boolean isAdministrator = person.isActive() && person.hasRole(Role.ADMIN);
        boolean staysAdministrator = change.active() && change.roles().contains(Role.ADMIN);
        if (isAdministrator && !staysAdministrator && people.lockActiveWithRole(Role.ADMIN).size() <= 1) {
            throw DomainException.ofField(change.active() ? "roles" : "active", "person.lastAdministrator");
        }
    }
}
