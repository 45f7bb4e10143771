package org.procuredesk.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Finance sets the most each period's budget may approve, before or while it is prepared, never after approval. */
@Service
@Validated
@Transactional
public class BudgetLimits {

    private final BudgetLimitRepository limits;
    private final BudgetRepository budgets;
    private final Clock clock;

    BudgetLimits(BudgetLimitRepository limits, BudgetRepository budgets, Clock clock) {
        this.limits = limits;
        this.budgets = budgets;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('FINANCE')")
    public void set(String period, @NotNull(message = "{validation.required}")
                    @DecimalMin(value = "0.00", message = "{validation.amount}")
                    @Digits(integer = 13, fraction = 2, message = "{validation.amount}") BigDecimal amount) {
        String key = BudgetPeriod.parse(period).key();
        if (budgets.findByPeriodKey(key).filter(budget -> budget.state() == BudgetState.APPROVED).isPresent()) {
            throw new DomainException("budget.notIn.DRAFT", key);
        }
        BudgetLimit limit = limits.findByPeriodKey(key).orElseGet(() -> new BudgetLimit(key));
        limit.set(amount, CurrentUser.username(), clock.instant());
        try {
            limits.saveAndFlush(limit);
        } catch (DataIntegrityViolationException setMeanwhile) {
            throw new DomainException("problem.changedMeanwhile");
        }
    }
}
