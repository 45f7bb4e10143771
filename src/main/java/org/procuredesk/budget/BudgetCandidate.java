package org.procuredesk.budget;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something waiting for a budget, as a budget takes it in as a line.
 *
 * @param source      the {@link BudgetSource#code()} of where it comes from
 * @param referenceId its id in its source (the application's, the replenishment's)
 * @param number      its number people know it by, the business key of its process
 * @param requester   the user name of who asked for it
 * @param subject     what it buys, in a few words
 */
public record BudgetCandidate(String source, long referenceId, String number, String requester, Long departmentId,
                              BigDecimal amount, String subject, Instant waitingSince) {
}
