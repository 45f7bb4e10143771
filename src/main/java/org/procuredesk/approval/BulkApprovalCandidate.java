package org.procuredesk.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.procuredesk.system.Message;

/**
 * One task of a bulk approval as its approver confirms it: the application, and what would keep it out.
 *
 * @param applicationNumber none, with {@code requester} and {@code total}, when the task is not the approver's
 *                          to decide
 * @param warnings          why the application deserves a closer look ({@link ApprovalWarnings})
 * @param refusal           why the approver cannot decide the task (handled meanwhile, not theirs); none when they can
 */
public record BulkApprovalCandidate(String taskId, String applicationNumber, String requester, BigDecimal total,
                                    List<Message> warnings, Message refusal) {

    static BulkApprovalCandidate refused(String taskId, Message refusal) {
        return new BulkApprovalCandidate(taskId, null, null, null, List.of(), refusal);
    }

    /** Why the task would be left for the approver to open; none when it would be approved. */
    public Optional<Message> obstacle() {
        if (refusal != null) {
            return Optional.of(refusal);
        }
        return warnings.isEmpty() ? Optional.empty() : Optional.of(Message.of("approval.bulk.hasWarnings"));
    }

    public boolean approvable() {
        return obstacle().isEmpty();
    }

    BulkApprovalOutcome approved() {
        return new BulkApprovalOutcome(taskId, applicationNumber, true, null);
    }

    /** Left open for the approver, for the reason given. */
    BulkApprovalOutcome left(Message reason) {
        return new BulkApprovalOutcome(taskId, applicationNumber, false, reason);
    }
}
