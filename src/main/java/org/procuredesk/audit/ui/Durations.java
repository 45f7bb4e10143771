package org.procuredesk.audit.ui;

import com.vaadin.flow.component.Component;

/**
 * A time span the way a reader says it, its largest unit and the next one: "2 d 3 h", "3 h 5 min", "45 s"; nothing
 * when there is none.
 */
final class Durations {

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long[] UNITS = {DAY, HOUR, MINUTE, SECOND};
    private static final String[] KEYS = {"audit.days", "audit.hours", "audit.minutes", "audit.seconds"};

    private Durations() {
    }

    /** @param reader whose language the units are written in */
    static String of(Component reader, Long millis) {
        if (millis == null) {
            return "";
        }
        int largest = 0;
        while (largest < UNITS.length - 1 && millis < UNITS[largest]) {
            largest++;
        }
        String text = reader.getTranslation(KEYS[largest], millis / UNITS[largest]);
        int next = largest + 1;
        long rest = next < UNITS.length ? millis % UNITS[largest] / UNITS[next] : 0;
        return rest == 0 ? text : text + " " + reader.getTranslation(KEYS[next], rest);
    }
}
