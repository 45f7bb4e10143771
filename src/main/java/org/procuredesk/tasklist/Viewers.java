package org.procuredesk.tasklist;

import java.util.Set;
import java.util.stream.Collectors;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Role;
import org.springframework.stereotype.Component;

/** What decides which tasks a person sees: their roles, whom they stand in for today, and their team. */
@Component
class Viewers {

    private final PeopleDirectory peopleDirectory;
    private final Substitutions substitutions;

    Viewers(PeopleDirectory peopleDirectory, Substitutions substitutions) {
        this.peopleDirectory = peopleDirectory;
        this.substitutions = substitutions;
    }

    /** A person no longer active, or unknown, holds no role and stands in for nobody. */
    Viewer of(String username) {
        Viewer actor = actor(username);
        return actor.roles().isEmpty() ? actor : new Viewer(username, actor.roles(), actor.actingFor(),
                Set.copyOf(peopleDirectory.teamOf(username)));
    }

    /**
     * The person as someone acting on a task: their roles and whom they stand in for, without their team, whose
     * tasks they see but do not act on.
     */
    Viewer actor(String username) {
        Set<String> roles = peopleDirectory.activeRoles(username).stream().map(Role::name)
                .collect(Collectors.toSet());
        if (roles.isEmpty()) {
            return new Viewer(username, Set.of(), Set.of(), Set.of());
        }
        return new Viewer(username, roles, substitutions.actingForToday(username), Set.of());
    }
}
