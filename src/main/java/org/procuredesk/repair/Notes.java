package org.procuredesk.repair;

import org.procuredesk.system.DomainException;

/** Free-text notes on a repair: kept without surrounding spaces, none when blank. */
final class Notes {

    private Notes() {
    }

    static String strip(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    static String orEmpty(String note) {
        return note == null ? "" : note;
    }

    /** The note, refused on the named field when there is none. */
    static String required(String note, String field) {
        if (note == null) {
            throw DomainException.ofField(field, "validation.required");
        }
        return note;
    }
}
