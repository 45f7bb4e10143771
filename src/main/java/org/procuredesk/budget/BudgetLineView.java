package org.procuredesk.budget;

import java.math.BigDecimal;

/**
 * One line of a budget, as prepared and reviewed.
 *
 * @param source      the code of its source: {@code APPLICATION}, {@code REPLENISHMENT}
 * @param referenceId its id in its source
 * @param number      the number its source knows it by
 */
public record BudgetLineView(Long id, String source, Long referenceId, String number, String requester,
                             String requesterName, String department, BigDecimal amount, String subject,
                             LineState state, String reason) {

    /** The message key of its source's name. */
    public String sourceKey() {
        return BudgetSources.sourceKey(source);
    }
}
