package org.procuredesk.purchasing;

import java.time.Instant;

/** A handover as the requester and IT support read it; not confirmed yet while {@code confirmedAt} is null. */
public record HandoverView(String movementNumber, String handedOverBy, String handedOverByName, Instant handedOverAt,
                           String note, Instant confirmedAt, boolean confirmedAutomatically) {
}
