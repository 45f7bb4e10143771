package org.procuredesk.people;

/**
 * The shapes of user names and codes. Each also accepts the empty text, which {@code @NotBlank}
 * refuses on its own, so a blank field reports only that it is required.
 */
final class FormPatterns {

    static final String USERNAME = "|[a-z0-9._-]{3,64}";
    static final String CODE = "|[A-Z0-9-]{1,20}";

    private FormPatterns() {
    }
}
