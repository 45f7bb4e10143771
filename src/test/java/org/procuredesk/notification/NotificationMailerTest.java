package org.procuredesk.notification;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a mail server nothing is e-mailed, and a failing one only costs the e-mail, never the step. */
class NotificationMailerTest {

    final NotificationMail mail = mock(NotificationMail.class);
    final JavaMailSender mailServer = mock(JavaMailSender.class);
    NotificationMailer mailer;

    @AfterEach
    void stop() {
        mailer.stop();
    }

    @Test
    void withoutAMailServerNothingIsEmailedAndNothingFails() {
        mailer = new NotificationMailer(Optional.empty(), mail);

        mailer.send(new NotificationCreated(1, "ana.requester", NotificationKind.NEW_TASK));

        verifyNoInteractions(mail);
    }

    @Test
    void aMailServerThatFailsCostsOnlyThatEmail() {
        SimpleMailMessage first = new SimpleMailMessage();
        first.setSubject("first");
        SimpleMailMessage second = new SimpleMailMessage();
        second.setSubject("second");
        when(mail.of(anyLong())).thenReturn(Optional.of(first), Optional.of(second));
        doThrow(new MailSendException("Connection refused")).when(mailServer).send(first);
        mailer = new NotificationMailer(Optional.of(mailServer), mail);

        mailer.send(new NotificationCreated(1, "ana.requester", NotificationKind.NEW_TASK));
        mailer.send(new NotificationCreated(2, "ana.requester", NotificationKind.NEW_TASK));

        verify(mailServer, timeout(5000)).send(second);
    }
}
