package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** A property's failing inputs (a broken promise or an exception), listed at the end instead of only the first. */
public final class Failures {

    private static final int LISTED = 40;
    private static final int MESSAGE = 1_500;

    private final List<String> messages = new ArrayList<>();
    private int failed;

    public void check(Runnable input) {
        try {
            input.run();
        } catch (AssertionError | RuntimeException failure) {
            failed++;
            if (messages.size() < LISTED) {
                messages.add(abbreviated(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
            }
        }
    }

    /**
     * Inputs of a megabyte, control characters and half characters make unreadable reports (and cut XML ones short):
     * a text cut to its start, such characters written as Java escapes.
     */
    public static String abbreviated(String text) {
        if (text == null) {
            return null;
        }
        String start = text.length() <= MESSAGE ? text : text.substring(0, MESSAGE);
        StringBuilder shown = new StringBuilder();
        for (char unit : start.toCharArray()) {
            boolean unreadable = Character.isISOControl(unit) && unit != '\n' || Character.isSurrogate(unit);
            shown.append(unreadable ? String.format("\\u%04x", (int) unit) : String.valueOf(unit));
        }
        return start.length() == text.length() ? shown.toString()
                : shown + "… (" + text.length() + " characters)";
    }

    public void assertNone() {
        assertThat(messages).as("%d inputs failed, the first %d listed", failed, messages.size()).isEmpty();
    }
}
