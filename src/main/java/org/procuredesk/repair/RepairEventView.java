package org.procuredesk.repair;

import java.time.Instant;

/**
 * One line of a repair case's timeline.
 *
 * @param actor     who did it: a user name, or {@code system} for what the process did by itself
 * @param actorName their name; none for the process
 * @param detail the facts the event's message names (document numbers, notes), as they were recorded
 */
public record RepairEventView(Instant happenedAt, String actor, String actorName, RepairEventKind kind,
                              String detail) {
}
