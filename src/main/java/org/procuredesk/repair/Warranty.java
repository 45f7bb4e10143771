package org.procuredesk.repair;

import java.time.LocalDate;

/** The warranty rule: a fault is covered when reported on or before the warranty's last day. */
final class Warranty {

    private Warranty() {
    }

    /** @param lastDay the last day covered, none when the asset has no warranty */
    static boolean covers(LocalDate lastDay, LocalDate reportedOn) {
        return lastDay != null && !reportedOn.isAfter(lastDay);
    }
}
