package org.procuredesk.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates, numbers and money as the reader's locale writes them, in the company's time zone and currency. */
@Component
public class Formats {

    private final ProcureDeskProperties properties;

    public Formats(ProcureDeskProperties properties) {
        this.properties = properties;
    }

    public String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Messages.supported(locale));
        format.setCurrency(properties.currency());
        format.setMinimumFractionDigits(properties.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(properties.currency().getDefaultFractionDigits());
        return format.format(amount);
    }

    public String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(Messages.supported(locale)).format(value);
    }

    /** With one decimal, e.g. 36.5 hours. */
    public String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A share from 0 to 1 as a whole percentage, e.g. 0.75 as 75%. */
    public String percent(double share, Locale locale) {
        return NumberFormat.getPercentInstance(Messages.supported(locale)).format(share);
    }

    public String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.supported(locale)).format(date);
    }

    public String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.supported(locale))
                .withZone(properties.timeZone())
                .format(instant);
    }
}
