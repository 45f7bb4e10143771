package org.procuredesk.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: any signed-in person may ask. */
@RestController
@Tag(name = "People")
class MeEndpoint {

    private final PeopleDirectory directory;

    MeEndpoint(PeopleDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(ApiPaths.ME)
    @Operation(summary = "The signed-in person, with their roles")
    PersonSummary me(Principal principal) {
        return directory.findByUsername(principal.getName())
                .orElseThrow(() -> new DomainException("person.notFound", principal.getName()));
    }
}
