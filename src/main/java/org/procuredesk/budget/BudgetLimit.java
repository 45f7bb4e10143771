package org.procuredesk.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The most a period's budget may approve, as finance set it, and who set it when. */
@Entity
@Table(name = "budget_limit")
class BudgetLimit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "period_key", nullable = false, unique = true, length = 20)
    private String periodKey;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected BudgetLimit() {
    }

    BudgetLimit(String periodKey) {
        this.periodKey = periodKey;
    }

    void set(BigDecimal amount, String by, Instant at) {
        this.amount = amount;
        this.setBy = by;
        this.setAt = at;
    }

    BigDecimal amount() {
        return amount;
    }
}
