package org.procuredesk.licence;

/** Where a licence stands with its expiry date, as of today. */
public enum ExpiryStatus {
    PERPETUAL,
    VALID,
    /** Expires within the reminder's days. */
    EXPIRING,
    /** Its expiry date has passed: it may no longer be assigned. */
    EXPIRED
}
