package org.procuredesk.licence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When IT is reminded of a licence's expiry.
 *
 * @param reminderDays        how many days before its expiry date a licence is reminded of, once per expiry date
 * @param automaticReminders  whether the daily timer sends the reminders; off, nothing sends them
 */
@ConfigurationProperties("procuredesk.licences")
public record LicenceProperties(
        @DefaultValue("30") int reminderDays,
        @DefaultValue("true") boolean automaticReminders) {

    public LicenceProperties {
        if (reminderDays < 1 || reminderDays > 365) {
            throw new IllegalArgumentException(
                    "Licences are reminded of 1 to 365 days before expiry, not " + reminderDays);
        }
    }
}
