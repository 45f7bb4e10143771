package org.procuredesk.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A movement document as it was written: from whom to whom, why, who recorded it when, and its lines. */
public record MovementDocumentView(String number, LocalDate date, Holder from, String fromName, Holder to,
                                   String toName, String reason, String recordedBy, String recordedByName,
                                   Instant recordedAt, List<MovementLine> lines) {
}
