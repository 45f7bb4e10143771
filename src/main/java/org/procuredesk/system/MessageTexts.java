package org.procuredesk.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Message} in the reader's language: amounts as money, dates and moments the reader's
 * way, a message argument written out too, a list of them one after the other; anything else as it is.
 */
@Component
public class MessageTexts {

    private final Messages messages;
    private final Formats formats;

    public MessageTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String write(Message message, Locale locale) {
        return messages.get(message.key(), locale,
                message.arguments().stream().map(argument -> shown(argument, locale)).toArray());
    }

    private String shown(Object argument, Locale locale) {
        if (argument instanceof Message message) {
            return write(message, locale);
        }
        if (argument instanceof Collection<?> many) {
            return many.stream().map(one -> shown(one, locale)).collect(Collectors.joining(", "));
        }
        if (argument instanceof BigDecimal amount) {
            return formats.money(amount, locale);
        }
        if (argument instanceof LocalDate date) {
            return formats.date(date, locale);
        }
        if (argument instanceof Instant moment) {
            return formats.dateTime(moment, locale);
        }
        return String.valueOf(argument);
    }
}
