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
import java.math.BigDecimal;

/**
 * What waits for a budget (an application, a stock replenishment order), as a line of it. Once the budget is
 * approved each included or excluded line tells its source so exactly once, and is marked released in the same
 * transaction.
 */
@Entity
@Table(name = "budget_line")
class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "budget_id", nullable = false)
    private Long budgetId;

    @Column(nullable = false, length = 16)
    private String source;

    @Column(name = "reference_id", nullable = false)
    private Long referenceId;

    @Column(name = "reference_number", nullable = false, length = 20)
    private String number;

    @Column(nullable = false, length = 64)
    private String requester;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(length = 255)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LineState state = LineState.INCLUDED;

    @Column(length = 2000)
    private String reason;

    @Column(nullable = false)
    private boolean released;

    protected BudgetLine() {
    }

    BudgetLine(Long budgetId, BudgetCandidate candidate) {
        this.budgetId = budgetId;
        this.source = candidate.source();
        this.referenceId = candidate.referenceId();
        this.number = candidate.number();
        this.requester = candidate.requester();
        this.departmentId = candidate.departmentId();
        this.amount = candidate.amount();
        this.subject = candidate.subject();
    }

    void moveToNextPeriod(String reason) {
        state = LineState.MOVED;
        this.reason = reason;
    }

    /** The IT head's choice at review: left out of the budget, or (again) in it. */
    void exclude(boolean excluded) {
        if (state != LineState.MOVED) {
            state = excluded ? LineState.EXCLUDED : LineState.INCLUDED;
        }
    }

    /** Marks the line's outcome delivered to its source; false when it was already. */
    boolean release() {
        if (released) {
            return false;
        }
        released = true;
        return true;
    }

    Long id() {
        return id;
    }

    Long budgetId() {
        return budgetId;
    }

    String source() {
        return source;
    }

    Long referenceId() {
        return referenceId;
    }

    SourceReference reference() {
        return new SourceReference(source, referenceId);
    }

    /** The number its source knows it by, e.g. an application's. */
    String number() {
        return number;
    }

    String requester() {
        return requester;
    }

    Long departmentId() {
        return departmentId;
    }

    BigDecimal amount() {
        return amount;
    }

    LineState state() {
        return state;
    }

    BudgetLineView view(String requesterName, String department) {
        return new BudgetLineView(id, source, referenceId, number, requester, requesterName, department, amount,
                subject, state, reason);
    }
}
