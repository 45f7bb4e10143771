package org.procuredesk.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text the reader gets in their own language: a message bundle key and its arguments, written out
 * where it is shown ({@link MessageTexts}). An argument may itself be a message, or a list of them.
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** What the refusal says. */
    public static Message of(DomainException refusal) {
        return of(refusal.getMessageKey(), refusal.getArguments());
    }
}
