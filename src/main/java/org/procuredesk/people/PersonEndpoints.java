package org.procuredesk.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.RecordEndpoints;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People, for administrators. */
@RestController
@RequestMapping(ApiPaths.PEOPLE)
@Tag(name = "People")
class PersonEndpoints extends RecordEndpoints<PersonSummary, PersonForm> {

    PersonEndpoints(PeopleAdministration people) {
        super(people::people, people::person, people::create, people::update, PersonSummary::id);
    }
}
