package org.procuredesk.licence;

/** Why a licence is on the report. */
public enum FindingKind {
    /** Expired, and people or assets still hold its seats: software used without a valid licence. */
    UNLICENSED_USE,
    EXPIRES_WITHIN_30_DAYS,
    EXPIRES_WITHIN_60_DAYS,
    EXPIRES_WITHIN_90_DAYS
}
