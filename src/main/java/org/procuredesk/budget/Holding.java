package org.procuredesk.budget;

/** What a budget holds: in one not yet approved, or in an approved one that has still to tell its source. */
record Holding(String source, Long referenceId, String period) {

    SourceReference reference() {
        return new SourceReference(source, referenceId);
    }
}
