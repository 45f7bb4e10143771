package org.procuredesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.TestMailServer;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people are told reaches them by e-mail too, once told for good, in their language, unless they chose
 * otherwise. E-mails go out one after the other, so once a later one arrived an earlier one would have too.
 */
@ProcureDeskIntegrationTest
class NotificationMailTest {

    static final String ROMANIAN_READER = "carmen.finance";
    static final String ENGLISH_READER = "irina.auditor";

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Messages messages;
    @Autowired
    TransactionTemplate transaction;

    String link;

    @BeforeEach
    void newLink() {
        link = "applications/" + UUID.randomUUID();
    }

    @AfterEach
    void everythingEmailedInEnglishAgain() {
        as(people, ROMANIAN_READER, () -> people.preferLocale(ROMANIAN_READER, Messages.ENGLISH));
        as(people, ENGLISH_READER, () -> preferences.update(ENGLISH_READER, EmailPreferences.ALL));
    }

    @Test
    void theRecipientIsEmailedTheNotificationInTheirLanguageWithItsLink() throws Exception {
        as(people, ROMANIAN_READER, () -> people.preferLocale(ROMANIAN_READER, Messages.ROMANIAN));

        notifications.notifyPerson(ROMANIAN_READER, NotificationKind.APPLICATION_DECIDED, link,
                "notice.applicationApproved", "APP-2026-000077");

        MimeMessage mail = TestMailServer.awaitOne(link);
        assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress("carmen.finance@procuredesk.example"));
        assertThat(mail.getSubject()).isEqualTo("[ProcureDesk] Decizie privind aplicația dumneavoastră");
        assertThat(TestMailServer.text(mail))
                .startsWith("Aplicația dumneavoastră APP-2026-000077 a fost aprobată.")
                .contains("Deschideți în ProcureDesk: http://localhost:8080/" + link);
    }

    @Test
    void somebodyWhoNeverChoseALanguageIsEmailedInEnglish() throws Exception {
        notifications.notifyPerson(ENGLISH_READER, NotificationKind.REMINDER, link, "notice.approvalDueToday", "APP-1");

        MimeMessage mail = TestMailServer.awaitOne(link);
        assertThat(mail.getSubject()).isEqualTo("[ProcureDesk] Reminder: approval due");
        assertThat(TestMailServer.text(mail)).startsWith("Reminder: the approval of APP-1 is due today.")
                .contains("Open it in ProcureDesk: http://localhost:8080/" + link);
    }

    @Test
    void aKindSwitchedOffIsNotEmailedButTheOthersAre() throws Exception {
        as(people, ENGLISH_READER, () -> preferences.update(ENGLISH_READER,
                new EmailPreferences(true, Set.of(NotificationKind.REMINDER))));

        emailsNobody(() -> notifications.notifyPerson(ENGLISH_READER, NotificationKind.REMINDER, link + "/off",
                "notice.approvalDueToday", "APP-2"));
        notifications.notifyPerson(ENGLISH_READER, NotificationKind.NEW_TASK, link + "/task", "notice.approvalDueToday",
                "APP-2");
        TestMailServer.awaitOne(link + "/task");
    }

    @Test
    void somebodyWhoSwitchedEmailOffGetsNone() throws Exception {
        as(people, ENGLISH_READER, () -> preferences.update(ENGLISH_READER, new EmailPreferences(false, Set.of())));

        emailsNobody(() -> notifications.notifyPerson(ENGLISH_READER, NotificationKind.NEW_TASK, link + "/off",
                "notice.approvalDueToday", "APP-3"));
    }

    @Test
    void somebodyWithoutAnAddressInTheDirectoryGetsNone() throws Exception {
        emailsNobody(() -> notifications.notifyPerson("nobody.known", NotificationKind.NEW_TASK, link + "/off",
                "notice.approvalDueToday", "APP-4"));
    }

    @Test
    void aStepRolledBackEmailsNobody() throws Exception {
        emailsNobody(() -> transaction.executeWithoutResult(step -> {
            notifications.notifyPerson(ENGLISH_READER, NotificationKind.NEW_TASK, link + "/off",
                    "notice.approvalDueToday", "APP-5");
            step.setRollbackOnly();
        }));
    }

    @Test
    void aMailServerThatHangsCostsAtMostTenSecondsPerEmail(@Autowired JavaMailSender sender) {
        assertThat(((JavaMailSenderImpl) sender).getJavaMailProperties())
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "10000")
                .containsEntry("mail.smtp.writetimeout", "10000");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasASubjectInEnglishAndRomanian(NotificationKind kind) {
        assertThat(Messages.SUPPORTED).allSatisfy(locale ->
                assertThat(messages.get("mail.subject." + kind.name(), locale)).doesNotStartWith("!"));
    }

    /** Tells somebody something leading to {@code link/off}, then another person what leads to {@code link/on}. */
    private void emailsNobody(Runnable tellingSomebody) throws InterruptedException {
        tellingSomebody.run();
        notifications.notifyPerson(ROMANIAN_READER, NotificationKind.NEW_TASK, link + "/on", "notice.approvalDueToday",
                "APP-6");

        TestMailServer.awaitOne(link + "/on");
        assertThat(TestMailServer.received(link + "/off")).isEmpty();
    }
}
