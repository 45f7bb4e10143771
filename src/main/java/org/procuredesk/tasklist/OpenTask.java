package org.procuredesk.tasklist;

import java.time.Instant;

/**
 * An open task as a person's task list shows it.
 *
 * @param businessKey the number of the case it belongs to, e.g. an application's
 * @param step        the task definition key
 * @param due         none when the task has no deadline
 */
public record OpenTask(String id, String businessKey, String step, String name, Instant created, Instant due) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
