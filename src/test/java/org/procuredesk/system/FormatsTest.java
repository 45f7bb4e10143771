package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.procuredesk.system.ProcureDeskProperties.DemoData;
import org.procuredesk.system.ProcureDeskProperties.FirstAdministrator;

/** Amounts, numbers and dates as each language writes them, in the company currency and time zone. */
class FormatsTest {

    final Formats formats = new Formats(new ProcureDeskProperties(Currency.getInstance("RON"),
            ZoneId.of("Europe/Bucharest"), new DemoData(false, "x"), new FirstAdministrator(null, null, "A", null)));

    @Test
    void moneyIsWrittenInTheCompanyCurrencyTheWayTheReaderWritesNumbers() {
        BigDecimal amount = new BigDecimal("12345.5");

        assertThat(formats.money(amount, Locale.ENGLISH)).isEqualTo("RON12,345.50");
        assertThat(formats.money(amount, Messages.ROMANIAN)).isEqualTo("12.345,50\u00a0RON");
    }

    @Test
    void numbersFollowTheReadersLanguage() {
        assertThat(formats.number(1234567, Locale.ENGLISH)).isEqualTo("1,234,567");
        assertThat(formats.number(1234567, Messages.ROMANIAN)).isEqualTo("1.234.567");
    }

    @Test
    void decimalsHaveOneDigitAfterTheReadersDecimalSeparator() {
        assertThat(formats.decimal(1234.56, Locale.ENGLISH)).isEqualTo("1,234.6");
        assertThat(formats.decimal(1234.56, Messages.ROMANIAN)).isEqualTo("1.234,6");
        assertThat(formats.decimal(24, Locale.ENGLISH)).isEqualTo("24.0");
    }

    @Test
    void sharesAreWholePercentagesAsTheReaderWritesThem() {
        assertThat(formats.percent(2 / 3.0, Locale.ENGLISH)).isEqualTo("67%");
        assertThat(formats.percent(2 / 3.0, Messages.ROMANIAN)).isEqualTo("67 %");
    }

    @Test
    void datesFollowTheReadersLanguage() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);

        assertThat(formats.date(wednesday, Locale.ENGLISH)).isEqualTo("Nov 25, 2026");
        assertThat(formats.date(wednesday, Messages.ROMANIAN)).isEqualTo("25 nov. 2026");
    }

    @Test
    void momentsAreShownInTheCompanyTimeZoneAcrossDaylightSaving() {
        assertThat(formats.dateTime(Instant.parse("2026-07-01T21:30:00Z"), Messages.ROMANIAN)).startsWith("2 iul. 2026")
                .endsWith("00:30");
        assertThat(formats.dateTime(Instant.parse("2026-12-01T21:30:00Z"), Messages.ROMANIAN)).endsWith("23:30");
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() {
        assertThat(formats.number(1234, Locale.GERMAN)).isEqualTo("1,234");
    }
}
