package org.procuredesk.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Logs every sign-in, and every refused one with the name that was tried and why. */
@Component
class SignInAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAudit.class);

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        LOG.warn("Sign-in refused for user '{}': {}", sanitize(event.getAuthentication().getName()),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        LOG.info("Signed in: '{}'", sanitize(event.getAuthentication().getName()));
    }

    /** Keeps a typed user name from forging log lines. */
    static String sanitize(String name) {
        String text = name == null ? "" : name;
        String clean = text.replaceAll("[\\p{Cntrl}]", "_");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
