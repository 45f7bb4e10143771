package org.procuredesk.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice of what they are e-mailed about; each reads and changes only their own. */
@Service
@Transactional
public class NotificationPreferences {

    private final NotificationPreferenceRepository preferences;

    NotificationPreferences(NotificationPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @PreAuthorize("#username == authentication.name")
    @Transactional(readOnly = true)
    public EmailPreferences preferences(String username) {
        return of(username);
    }

    @PreAuthorize("#username == authentication.name")
    public EmailPreferences update(String username, EmailPreferences changed) {
        NotificationPreference preference = preferences.findById(username)
                .orElseGet(() -> preferences.save(new NotificationPreference(username)));
        preference.change(changed);
        return preference.toPreferences();
    }

    /** For the mailer, whoever is signed in (or nobody, on the engine's threads). */
    EmailPreferences of(String username) {
        return preferences.findById(username).map(NotificationPreference::toPreferences).orElse(EmailPreferences.ALL);
    }
}
