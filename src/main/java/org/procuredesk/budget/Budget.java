package org.procuredesk.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.procuredesk.system.DomainException;

/**
 * The budget of one period: opened as a draft, prepared and submitted by IT support, reviewed by the IT head.
 * Its deadline is kept when it was first submitted by then; a draft still unsubmitted at the deadline is marked
 * overdue once, and stays marked.
 */
@Entity
@Table(name = "budget")
class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "period_key", nullable = false, unique = true, length = 20)
    private String periodKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private BudgetKind kind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(nullable = false)
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BudgetState state = BudgetState.DRAFT;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected Budget() {
    }

    Budget(BudgetPeriod period, Instant openedAt, Instant remindAt, Instant deadline) {
        this.periodKey = period.key();
        this.kind = period.kind();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.openedAt = openedAt;
        this.remindAt = remindAt;
        this.deadline = deadline;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Hands the draft to the IT head; the first submission is the one the deadline is measured against. */
    void submit(String by, Instant at) {
        requireState(BudgetState.DRAFT);
        state = BudgetState.SUBMITTED;
        if (submittedAt == null) {
            submittedAt = at;
            submittedBy = by;
        }
    }

    /** Marks the deadline missed, once, when nobody submitted the budget by then; says whether it did. */
    boolean markOverdue() {
        if (submittedAt != null || overdue) {
            return false;
        }
        overdue = true;
        return true;
    }

    void returnToPreparation(String by, Instant at, String comment) {
        review(by, at, comment);
        state = BudgetState.DRAFT;
    }

    void approve(String by, Instant at, String comment) {
        review(by, at, comment);
        state = BudgetState.APPROVED;
    }

    private void review(String by, Instant at, String comment) {
        requireState(BudgetState.SUBMITTED);
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
    }

    void requireState(BudgetState expected) {
        if (state != expected) {
            throw new DomainException("budget.notIn." + expected.name(), periodKey);
        }
    }

    Long id() {
        return id;
    }

    BudgetPeriod period() {
        return new BudgetPeriod(kind, periodStart);
    }

    String periodKey() {
        return periodKey;
    }

    BudgetState state() {
        return state;
    }

    Instant deadline() {
        return deadline;
    }

    Instant remindAt() {
        return remindAt;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    BudgetSummary summary(BudgetTotals totals, Instant now) {
        return new BudgetSummary(periodKey, kind, periodStart, periodEnd, openedAt, deadline, state,
                overdue || (submittedAt == null && now.isAfter(deadline)), submittedAt, submittedBy,
                submittedAt == null ? null : !submittedAt.isAfter(deadline), reviewedAt, reviewedBy, reviewComment,
                totals);
    }
}
