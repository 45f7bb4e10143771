package org.procuredesk;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.core.env.MapPropertySource;

/**
 * The suite's mail server: GreenMail on a free port, started once for the JVM, which every integration test's
 * application e-mails its notifications to. Tests find their e-mails by something only theirs, e.g. a link.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final GreenMail SERVER = start();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
                "spring.mail.host", "localhost",
                "spring.mail.port", SERVER.getSmtp().getPort())));
    }

    /** The e-mails received so far whose text contains {@code marker}. */
    public static List<MimeMessage> received(String marker) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(mail -> text(mail).contains(marker)).toList();
    }

    /** Waits up to ten seconds for the first e-mail whose text contains {@code marker}. */
    public static MimeMessage awaitOne(String marker) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (received(marker).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no e-mail mentions " + marker);
            }
            Thread.sleep(50);
        }
        return received(marker).get(0);
    }

    public static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }
}
