package org.procuredesk;

import java.util.function.Supplier;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test steps as a demo person, with the roles they really hold, as one signed in would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(PeopleDirectory people, String username, Supplier<T> step) {
        PersonSummary person = people.findByUsername(username).orElseThrow();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
                person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void as(PeopleDirectory people, String username, Runnable step) {
        as(people, username, () -> {
            step.run();
            return null;
        });
    }
}
