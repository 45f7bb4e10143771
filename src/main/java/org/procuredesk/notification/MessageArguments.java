package org.procuredesk.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.procuredesk.system.Formats;
import org.springframework.stereotype.Component;

/**
 * A notification's arguments as stored, a JSON array ({@code ["APP-2026-000123", {"date": "2026-03-02"}]}),
 * and as its reader sees them: texts as they are, dates and moments written the reader's way.
 */
@Component
class MessageArguments {

    private static final String DATE = "date";
    private static final String MOMENT = "moment";

    private final ObjectMapper json;
    private final Formats formats;

    MessageArguments(ObjectMapper json, Formats formats) {
        this.json = json;
        this.formats = formats;
    }

    /** @param arguments texts, or {@link LocalDate}s, {@link Instant}s and {@link Date}s to be written as dates */
    String store(Object... arguments) {
        ArrayNode stored = json.createArrayNode();
        for (Object argument : arguments) {
            if (argument instanceof LocalDate date) {
                stored.addObject().put(DATE, date.toString());
            } else if (argument instanceof Instant moment) {
                stored.addObject().put(MOMENT, moment.toString());
            } else if (argument instanceof Date moment) {
                stored.addObject().put(MOMENT, moment.toInstant().toString());
            } else {
                stored.add(argument == null ? "" : argument.toString());
            }
        }
        return stored.toString();
    }

    Object[] shown(String stored, Locale locale) {
        if (stored == null) {
            return new Object[0];
        }
        return StreamSupport.stream(read(stored).spliterator(), false)
                .map(argument -> shown(argument, locale))
                .toArray();
    }

    private String shown(JsonNode argument, Locale locale) {
        if (argument.has(DATE)) {
            return formats.date(LocalDate.parse(argument.get(DATE).asText()), locale);
        }
        if (argument.has(MOMENT)) {
            return formats.dateTime(Instant.parse(argument.get(MOMENT).asText()), locale);
        }
        return argument.asText();
    }

    private JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Unreadable notification arguments: " + stored, unreadable);
        }
    }
}
