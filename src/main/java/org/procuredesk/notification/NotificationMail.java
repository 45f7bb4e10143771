package org.procuredesk.notification;

import java.util.Locale;
import java.util.Optional;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.system.Messages;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notification as an e-mail to its recipient, in their language: the same text the bell shows and a
 * link to where it leads. None for somebody unknown, inactive, without an address, or who does not want it.
 */
@Component
class NotificationMail {

    private final NotificationRepository notifications;
    private final NotificationPreferences preferences;
    private final PeopleDirectory peopleDirectory;
    private final MessageArguments arguments;
    private final Messages messages;
    private final MailSettings settings;

    NotificationMail(NotificationRepository notifications, NotificationPreferences preferences,
                     PeopleDirectory peopleDirectory, MessageArguments arguments, Messages messages,
                     MailSettings settings) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.peopleDirectory = peopleDirectory;
        this.arguments = arguments;
        this.messages = messages;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    Optional<SimpleMailMessage> of(long notificationId) {
        return notifications.findById(notificationId)
                .flatMap(notification -> peopleDirectory.findByUsername(notification.getRecipient())
                        .filter(person -> wants(person, notification.getKind()))
                        .map(person -> mail(notification, person)));
    }

    private boolean wants(PersonSummary person, NotificationKind kind) {
        return person.active() && person.email() != null && !person.email().isBlank()
                && preferences.of(person.username()).wantsEmail(kind);
    }

    private SimpleMailMessage mail(Notification notification, PersonSummary person) {
        Locale locale = Messages.supported(
                person.preferredLocale() == null ? null : Locale.forLanguageTag(person.preferredLocale()));
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(person.email());
        mail.setSubject(messages.get("mail.subject", locale,
                messages.get("mail.subject." + notification.getKind().name(), locale)));
        mail.setText(body(notification, locale));
        return mail;
    }

    private String body(Notification notification, Locale locale) {
        StringBuilder body = new StringBuilder(messages.get(notification.getMessageKey(), locale,
                arguments.shown(notification.getMessageArgs(), locale))).append("\n\n");
        if (notification.getLink() != null) {
            body.append(messages.get("mail.open", locale, settings.linkTo(notification.getLink()))).append("\n\n");
        }
        return body.append("-- \n").append(messages.get("mail.footer", locale)).append('\n').toString();
    }
}
