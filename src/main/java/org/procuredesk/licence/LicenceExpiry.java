package org.procuredesk.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the daily timer of {@code bpmn/licence-expiry.bpmn} does ({@code ${licenceExpiry.remindDueIfAutomatic()}}):
 * tells IT support and the IT head, in the application and by e-mail, of every licence expiring within the
 * reminder's days, once per licence and expiry date. The licence records the date it was reminded for (under its
 * version, so two runs at once remind once); a new expiry date re-arms the reminder.
 */
@Component("licenceExpiry")
public class LicenceExpiry {

    private static final Role[] TOLD = {Role.IT_SUPPORT, Role.IT_HEAD};

    private final LicenceRepository licences;
    private final Notifications notifications;
    private final LicenceProperties properties;
    private final Clock clock;

    LicenceExpiry(LicenceRepository licences, Notifications notifications, LicenceProperties properties,
                  Clock clock) {
        this.licences = licences;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the daily timer calls: {@link #remindDue()}, unless automatic reminders are switched off. */
    @Transactional
    public List<Long> remindDueIfAutomatic() {
        return properties.automaticReminders() ? remindDue() : List.of();
    }

    /** Reminds of each licence expiring within the reminder's days not yet reminded of; returns their ids. */
    @Transactional
    public List<Long> remindDue() {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = today.plusDays(properties.reminderDays());
        List<Licence> due = licences.expiringBetween(today, lastDay).stream()
                .filter(licence -> licence.remindBy(lastDay, today)).toList();
        for (Licence licence : due) {
            licence.reminded();
            LicenceSummary summary = licence.summary(today, properties.reminderDays());
            for (Role told : TOLD) {
                notifications.notifyRole(told.name(), NotificationKind.LICENCE_EXPIRY, Links.licence(summary.id()),
                        "notice.licenceExpiring", summary.product(), summary.vendor(), summary.expiresOn(),
                        summary.seatsUsed());
            }
        }
        licences.flush();
        return due.stream().map(Licence::getId).toList();
    }
}
