package org.procuredesk.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** What one person chose about being e-mailed; a person without a row is e-mailed about everything. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_email_off", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32)
    private Set<NotificationKind> kindsWithoutEmail = new HashSet<>();

    protected NotificationPreference() {
    }

    NotificationPreference(String username) {
        this.username = username;
    }

    void change(EmailPreferences preferences) {
        emailEnabled = preferences.emailEnabled();
        kindsWithoutEmail.clear();
        kindsWithoutEmail.addAll(preferences.kindsWithoutEmail());
    }

    EmailPreferences toPreferences() {
        return new EmailPreferences(emailEnabled,
                kindsWithoutEmail.isEmpty() ? Set.of() : EnumSet.copyOf(kindsWithoutEmail));
    }
}
