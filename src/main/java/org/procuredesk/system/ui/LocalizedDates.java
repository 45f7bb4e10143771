package org.procuredesk.system.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.procuredesk.system.Messages;

/** Makes a date picker read and write dates, month and day names as the reader's language does. */
public final class LocalizedDates {

    private static final List<DayOfWeek> FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private LocalizedDates() {
    }

    /** A required day of a period (its first, its last), labelled and localized, with its value to start with. */
    public static void periodDay(DatePicker picker, String id, String labelKey, LocalDate value) {
        picker.setId(id);
        picker.setLabel(picker.getTranslation(labelKey));
        picker.setRequired(true);
        localize(picker, picker.getLocale(), "validation.date");
        picker.setValue(value);
    }

    /** @param minErrorKey the message for a date before the earliest allowed */
    public static void localize(DatePicker picker, Locale uiLocale, String minErrorKey) {
        Locale locale = Messages.supported(uiLocale);
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(FROM_SUNDAY.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(FROM_SUNDAY.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("date.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("validation.date"))
                .setMinErrorMessage(picker.getTranslation(minErrorKey)));
    }
}
