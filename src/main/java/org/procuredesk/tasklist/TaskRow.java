package org.procuredesk.tasklist;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One open task as a task list shows it.
 *
 * @param caseNumber the number of the case it belongs to, e.g. an application's
 * @param processKey the key of its process
 * @param taskKey    its step: the task definition key
 * @param assignee   who it is assigned to, if anyone
 * @param actingFor  in "my tasks": the person the viewer stands in for on it, if it is not the viewer's own
 * @param due        none when the task has no deadline
 */
public record TaskRow(String id, String caseNumber, String processKey, String taskKey, String assignee,
                      String actingFor, Instant created, Instant due, String requester, BigDecimal amount,
                      String subject, Long departmentId, Long branchId) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
