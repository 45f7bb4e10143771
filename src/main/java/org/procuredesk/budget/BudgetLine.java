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
import org.procuredesk.request.WaitingApplication;

/**
 * An application waiting for a budget, as a line of it. Once the budget is approved each included or excluded
 * line tells its application so exactly once, and is marked released in the same transaction.
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

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "application_number", nullable = false, length = 20)
    private String applicationNumber;

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

    BudgetLine(Long budgetId, WaitingApplication application) {
        this.budgetId = budgetId;
        this.requestId = application.requestId();
        this.applicationNumber = application.number();
        this.requester = application.requesterUsername();
        this.departmentId = application.departmentId();
        this.amount = application.total();
        this.subject = application.subject();
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

    /** Marks the line's outcome delivered to its application; false when it was already. */
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

    Long requestId() {
        return requestId;
    }

    String applicationNumber() {
        return applicationNumber;
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
        return new BudgetLineView(id, requestId, applicationNumber, requester, requesterName, department, amount,
                subject, state, reason);
    }
}
