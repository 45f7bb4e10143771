package org.procuredesk.approval;

import java.math.BigDecimal;
import java.time.Instant;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;

/** A recorded decision as the application's history shows it. */
public record ApprovalDecisionView(Approval approval, String decidedBy, String actingFor, Instant decidedAt,
                                   Decision decision, String comment, BigDecimal amount) {
}
