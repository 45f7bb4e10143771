package org.procuredesk.approval;

import java.util.List;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/**
 * Nobody approves their own application, and nobody gives two of an application's approvals.
 * Deciding the same approval again (after a correction) is the same approval, not a second one; and the
 * IT head's approval of an order's price overrun approves a change to what was already approved, not the
 * application a second time, so whoever approved the application may approve its overrun.
 */
@Component
class SegregationOfDutiesPolicy {

    private final ApprovalDecisionRepository decisions;

    SegregationOfDutiesPolicy(ApprovalDecisionRepository decisions) {
        this.decisions = decisions;
    }

    void check(String approver, String requester, String processInstanceId, Approval approval) {
        if (approver == null) {
            throw new DomainException("approval.nobody");
        }
        if (approver.equals(requester)) {
            throw new DomainException("approval.ownApplication");
        }
        if (approval == Approval.PRICE_OVERRUN) {
            return;
        }
        List<ApprovalDecisionRecord> given = decisions.findByProcessInstanceId(processInstanceId);
        boolean gaveAnother = given.stream().anyMatch(decision -> decision.decidedBy().equals(approver)
                && decision.decision() == Decision.APPROVED && decision.approval() != approval);
        if (gaveAnother) {
            throw new DomainException("approval.secondApproval");
        }
    }
}
