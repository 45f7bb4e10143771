package org.procuredesk.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.RequestFacts;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An approver approves several applications at once, and only once they confirm it. Each task stands
 * alone: one they may decide whose application carries no warning becomes its own recorded decision, in its
 * own transaction, so one that fails undoes none of the others; the rest stay open for them, each with why.
 */
@Service
@Validated
public class BulkApproval {

    /** The most tasks approved at once. */
    public static final int MOST = 100;

    private static final Logger LOG = LoggerFactory.getLogger(BulkApproval.class);

    private final ApprovalService approvals;
    private final ApprovalWarnings warnings;
    private final PeopleDirectory people;

    BulkApproval(ApprovalService approvals, ApprovalWarnings warnings, PeopleDirectory people) {
        this.approvals = approvals;
        this.warnings = warnings;
        this.people = people;
    }

    /** Each task as the approver confirms it, in the order given. */
    @PreAuthorize("isAuthenticated()")
    public List<BulkApprovalCandidate> preview(
            @NotEmpty(message = "{approval.bulk.none}") @Size(max = MOST, message = "{approval.bulk.tooMany}")
            List<@NotBlank(message = "{validation.required}") String> taskIds) {
        return taskIds.stream().distinct().map(this::candidate).toList();
    }

    /** Approves each task that may be, once confirmed; unconfirmed, none is. One outcome per task, in the order given. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<BulkApprovalOutcome> approve(
            @NotEmpty(message = "{approval.bulk.none}") @Size(max = MOST, message = "{approval.bulk.tooMany}")
            List<@NotBlank(message = "{validation.required}") String> taskIds,
            boolean confirmed) {
        if (!confirmed) {
            throw DomainException.ofField("confirmed", "approval.bulk.notConfirmed");
        }
        return taskIds.stream().distinct().map(this::approve).toList();
    }

    private BulkApprovalOutcome approve(String taskId) {
        BulkApprovalCandidate candidate = candidate(taskId);
        return candidate.obstacle().map(candidate::left).orElseGet(() -> approve(candidate));
    }

    /** The decision on one task, in its own transaction: whatever becomes of it, the others go on. */
    private BulkApprovalOutcome approve(BulkApprovalCandidate candidate) {
        try {
            approvals.decide(candidate.taskId(), Decision.APPROVED, null);
            return candidate.approved();
        } catch (DomainException refusal) {
            return candidate.left(Message.of(refusal));
        } catch (RuntimeException failure) {
            LOG.error("Bulk approval of task {} ({}) failed; the others go on", candidate.taskId(),
                    candidate.applicationNumber(), failure);
            return candidate.left(Message.of("approval.bulk.failed"));
        }
    }

    private BulkApprovalCandidate candidate(String taskId) {
        try {
            OpenApproval open = approvals.open(taskId);
            RequestFacts application = open.application();
            return new BulkApprovalCandidate(taskId, application.number(),
                    people.nameOf(application.requesterUsername()), application.total(),
                    warnings.of(open.approval(), application), null);
        } catch (DomainException refusal) {
            return BulkApprovalCandidate.refused(taskId, Message.of(refusal));
        }
    }
}
