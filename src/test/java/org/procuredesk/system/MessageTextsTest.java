package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A message written out in the reader's language, its amounts, moments and the messages among its arguments too. */
class MessageTextsTest {

    final Formats formats = RealTexts.FORMATS;
    final MessageTexts texts = RealTexts.messageTexts();

    @Test
    void amountsAreWrittenAsMoneyInTheReadersLanguage() {
        Message overrun = Message.of("approval.warning.priceOverrun", new BigDecimal("6100"), new BigDecimal("5000"));

        assertThat(texts.write(overrun, Locale.ENGLISH))
                .isEqualTo("The order costs RON6,100.00, more than the approved RON5,000.00: check the difference.");
        assertThat(texts.write(overrun, Messages.ROMANIAN)).isEqualTo(
                "Comanda costă 6.100,00\u00a0RON, mai mult decât suma aprobată de 5.000,00\u00a0RON: verificați diferența.");
    }

    @Test
    void messagesAmongTheArgumentsAreWrittenOutOneAfterTheOtherAndMomentsTheReadersWay() {
        Instant submitted = Instant.parse("2026-03-02T10:00:00Z");
        Message similar = Message.of("approval.warning.similarApplication", "APP-2026-000003",
                List.of(Message.of("category.LAPTOP"), Message.of("category.MONITOR")), submitted);

        assertThat(texts.write(similar, Locale.ENGLISH)).isEqualTo("The requester also asked for Laptop, Monitor in "
                + "APP-2026-000003, submitted on " + formats.dateTime(submitted, Locale.ENGLISH) + ".");
    }

    @Test
    void aRefusalIsWrittenAsItsMessage() {
        assertThat(texts.write(Message.of(new DomainException("task.alreadyHandled", "Mihai Manager")), Locale.ENGLISH))
                .isEqualTo("Already handled by Mihai Manager.");
    }
}
