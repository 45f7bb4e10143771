package org.procuredesk.licence;

import java.time.Instant;

/** One assignment of a licence: who gave whom a seat, and, once removed, who removed it and when. */
public record AssignmentView(long id, AssigneeKind kind, String assignee, String assignedBy, Instant assignedAt,
                             String removedBy, Instant removedAt) {

    public boolean active() {
        return removedAt == null;
    }
}
