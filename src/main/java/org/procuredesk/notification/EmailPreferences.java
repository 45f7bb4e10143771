package org.procuredesk.notification;

import java.util.Set;

/**
 * Whether a person is e-mailed about what they are told in the application.
 *
 * @param emailEnabled      e-mail at all; when off, nothing is e-mailed whatever the kind
 * @param kindsWithoutEmail the kinds never e-mailed even when e-mail is on
 */
public record EmailPreferences(boolean emailEnabled, Set<NotificationKind> kindsWithoutEmail) {

    /** Everything e-mailed: what a person gets until they change it. */
    static final EmailPreferences ALL = new EmailPreferences(true, Set.of());

    public EmailPreferences {
        kindsWithoutEmail = kindsWithoutEmail == null ? Set.of() : Set.copyOf(kindsWithoutEmail);
    }

    public boolean wantsEmail(NotificationKind kind) {
        return emailEnabled && !kindsWithoutEmail.contains(kind);
    }
}
