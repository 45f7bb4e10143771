package org.procuredesk.request;

import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.springframework.stereotype.Component;

/** Shows people by their full names, and by their user names when they are no longer known. */
@Component
class PersonNames {

    private final PeopleDirectory peopleDirectory;

    PersonNames(PeopleDirectory peopleDirectory) {
        this.peopleDirectory = peopleDirectory;
    }

    /** @return none for none */
    String of(String username) {
        return username == null ? null
                : peopleDirectory.findByUsername(username).map(PersonSummary::fullName).orElse(username);
    }
}
