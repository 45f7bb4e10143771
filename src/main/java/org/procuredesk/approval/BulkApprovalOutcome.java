package org.procuredesk.approval;

import org.procuredesk.system.Message;

/**
 * What became of one task of a bulk approval.
 *
 * @param applicationNumber none when the task was not the approver's to decide
 * @param reason            why it was not approved; none when it was
 */
public record BulkApprovalOutcome(String taskId, String applicationNumber, boolean approved, Message reason) {
}
