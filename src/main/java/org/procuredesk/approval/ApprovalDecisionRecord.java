package org.procuredesk.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;

/**
 * One approver's decision on one application: who, acting for whom, when, what, why, on what
 * amount. Written once and never changed (Hibernate treats the entity as immutable).
 */
@Entity
@Immutable
@Table(name = "approval_decision")
class ApprovalDecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "process_instance_id", nullable = false, updatable = false, length = 64)
    private String processInstanceId;

    @Column(name = "task_id", nullable = false, updatable = false, length = 64)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Approval approval;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 64)
    private String decidedBy;

    @Column(name = "acting_for", updatable = false, length = 64)
    private String actingFor;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Decision decision;

    @Column(name = "comment_text", updatable = false, length = 2000)
    private String comment;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    protected ApprovalDecisionRecord() {
    }

    ApprovalDecisionRecord(Long requestId, String processInstanceId, String taskId, Approval approval,
                           String decidedBy, String actingFor, Instant decidedAt, Decision decision, String comment,
                           BigDecimal amount) {
        this.requestId = requestId;
        this.processInstanceId = processInstanceId;
        this.taskId = taskId;
        this.approval = approval;
        this.decidedBy = decidedBy;
        this.actingFor = actingFor;
        this.decidedAt = decidedAt;
        this.decision = decision;
        this.comment = comment;
        this.amount = amount;
    }

    ApprovalDecisionView view() {
        return new ApprovalDecisionView(approval, decidedBy, actingFor, decidedAt, decision, comment, amount);
    }

    String decidedBy() {
        return decidedBy;
    }

    Decision decision() {
        return decision;
    }

    Approval approval() {
        return approval;
    }
}
