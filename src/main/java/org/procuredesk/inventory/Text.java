package org.procuredesk.inventory;

import java.util.Locale;

/** How the register reads free text: spaces around it do not count, and blank is none. */
final class Text {

    private Text() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text as it is compared: without the spaces around it, in lower case; blank is empty. */
    static String normalized(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    static boolean sameIgnoringCase(String one, String other) {
        return normalized(one).equals(normalized(other));
    }
}
