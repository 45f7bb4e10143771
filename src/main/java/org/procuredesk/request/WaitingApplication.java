package org.procuredesk.request;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An application approved and waiting for its budget, as a budget takes it in.
 *
 * @param subject its first item, and how many more there are
 */
public record WaitingApplication(Long requestId, String number, String requesterUsername, Long departmentId,
                                 BigDecimal total, String subject, Instant submittedAt) {
}
