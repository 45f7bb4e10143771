package org.procuredesk.inventory.count;

import java.time.Instant;
import org.procuredesk.inventory.Holder;

/** A count as lists show it, with the names of its place and of the people who ordered, recorded and approved it. */
public record CountSummary(String number, Holder location, String locationName, CountState state, String orderedBy,
                           String orderedByName, Instant orderedAt, String recordedBy, String recordedByName,
                           Instant recordedAt, String approvedBy, String approvedByName, Instant approvedAt,
                           String approvalComment, String adjustmentNumber) {
}
