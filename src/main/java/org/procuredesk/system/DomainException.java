package org.procuredesk.system;

import java.util.Arrays;
import java.util.Optional;

/**
 * A request the business rules refuse. It carries a message bundle key, not text, so the UI and
 * the REST API show it in the reader's language; {@code field} names the input at fault, if any.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A refusal that belongs to one input field. */
    public static DomainException ofField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }
}
