package org.procuredesk.notification;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails each notification once the step that created it has committed, on a thread of its own, one
 * after the other: a slow or failing mail server never delays or breaks anybody's work, it is only logged.
 * Without a mail server ({@code spring.mail.host}) it sends nothing.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final Optional<JavaMailSender> sender;
    private final NotificationMail mail;
    private final ExecutorService sending =
            Executors.newSingleThreadExecutor(task -> new Thread(task, "notification-mail"));

    NotificationMailer(Optional<JavaMailSender> sender, NotificationMail mail) {
        this.sender = sender;
        this.mail = mail;
        if (sender.isEmpty()) {
            LOG.info("E-mail is off: no mail server is configured (spring.mail.host); notifications are shown "
                    + "in the application only");
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(NotificationCreated created) {
        sender.ifPresent(mailServer -> sending.execute(() -> send(mailServer, created.notificationId())));
    }

    private void send(JavaMailSender mailServer, long notificationId) {
        try {
            mail.of(notificationId).ifPresent(mailServer::send);
        } catch (RuntimeException failure) {
            LOG.warn("Notification {} could not be e-mailed: {}", notificationId, failure.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
