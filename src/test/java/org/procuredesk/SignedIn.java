package org.procuredesk;

import java.util.function.Supplier;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs test steps as a demo person, with the roles they really hold, as one signed in would. Each call signs in
 * on a security context of its own, so threads that share one (as {@code Race}'s do) never act as each other.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(PeopleDirectory people, String username, Supplier<T> step) {
        return as(authentication(people, username), step);
    }

    /** The demo person as signed in: what a session keeps for every step its person takes. */
    public static Authentication authentication(PeopleDirectory people, String username) {
        PersonSummary person = people.findByUsername(username).orElseThrow();
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    /** Runs the step signed in as {@code authentication}, on a security context of its own. */
    public static <T> T as(Authentication authentication, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(authentication);
        SecurityContextHolder.setContext(signedIn);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(PeopleDirectory people, String username, Runnable step) {
        as(authentication(people, username), step);
    }

    public static void as(Authentication authentication, Runnable step) {
        as(authentication, () -> {
            step.run();
            return null;
        });
    }
}
