package org.procuredesk.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, for services that act in that person's name. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in person's user name; refused when nobody is signed in. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new DomainException("problem.unauthenticated");
        }
        return authentication.getName();
    }
}
