package org.procuredesk.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.procuredesk.inventory.ImportFile.Row;
import org.procuredesk.system.Message;

/**
 * The values of one imported row as the register keeps them, each reason a value cannot be read noted by its
 * column: dates as {@code 2026-01-31} or {@code 31.01.2026}, prices with a decimal point or comma (a thousands
 * separator before it allowed), names of categories, holder kinds and statuses in any case.
 */
final class RowValues {

    private static final List<DateTimeFormatter> DATES = Stream.of("uuuu-MM-dd", "dd.MM.uuuu")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)).toList();

    private final Row row;
    private final List<Message> reasons = new ArrayList<>();

    RowValues(Row row) {
        this.row = row;
    }

    /** Every reason noted so far. */
    List<Message> reasons() {
        return reasons;
    }

    String text(String column, int maxLength, boolean required) {
        String value = required(column, required);
        if (value != null && value.length() > maxLength) {
            reasons.add(Message.of("asset.import.tooLong", column, maxLength));
        }
        return value;
    }

    <E extends Enum<E>> E constant(String column, Class<E> type, String unknownKey) {
        String value = required(column, true);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            reasons.add(Message.of(unknownKey, value));
            return null;
        }
    }

    LocalDate date(String column, boolean required) {
        String value = required(column, required);
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = DATES.stream().flatMap(format -> parsed(value, format).stream()).findFirst();
        if (date.isEmpty()) {
            reasons.add(Message.of("asset.import.badDate", column, value));
        }
        return date.orElse(null);
    }

    BigDecimal price(String column) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(decimal(value.replace(" ", "")));
            if (!ReceivedItemRules.isAmount(price)) {
                reasons.add(Message.of("asset.price"));
            }
            return price;
        } catch (NumberFormatException notANumber) {
            reasons.add(Message.of("asset.import.badPrice", value));
            return null;
        }
    }

    private String required(String column, boolean required) {
        String value = row.value(column);
        if (value == null && required) {
            reasons.add(Message.of("asset.import.required", column));
        }
        return value;
    }

    /** The number with a decimal point: the last point or comma is the decimal separator, any other a thousands one. */
    private static String decimal(String value) {
        int separator = Math.max(value.lastIndexOf('.'), value.lastIndexOf(','));
        if (separator < 0) {
            return value;
        }
        String whole = value.substring(0, separator).replace(".", "").replace(",", "");
        return whole + "." + value.substring(separator + 1);
    }

    private static Optional<LocalDate> parsed(String value, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(value, format));
        } catch (DateTimeParseException notThisFormat) {
            return Optional.empty();
        }
    }
}
