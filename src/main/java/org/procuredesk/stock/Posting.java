package org.procuredesk.stock;

import java.util.List;

/**
 * What a stock document moves: its lines, taken from {@code from} and added to {@code to}, whichever it has.
 * A receipt has only {@code to}, an issue only {@code from} and a recipient, a transfer both.
 */
record Posting(StockDocumentKind kind, Long from, Long to, RecipientKind recipientKind, String recipientReference,
               Long reversesId, String reason, List<StockLine> lines) {

    /** The posting that undoes this one: the same lines, the warehouses swapped. */
    Posting reversal(long documentId, String reversalReason) {
        return new Posting(StockDocumentKind.REVERSAL, to, from, null, null, documentId, reversalReason, lines);
    }
}
