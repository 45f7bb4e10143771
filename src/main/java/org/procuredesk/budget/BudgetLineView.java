package org.procuredesk.budget;

import java.math.BigDecimal;

/** One application in a budget, as prepared and reviewed. */
public record BudgetLineView(Long id, Long requestId, String applicationNumber, String requester,
                             String requesterName, String department, BigDecimal amount, String subject,
                             LineState state, String reason) {
}
