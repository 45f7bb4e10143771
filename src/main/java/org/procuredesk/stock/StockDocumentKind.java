package org.procuredesk.stock;

/** What a stock document does; each kind is numbered in a series of its own. */
public enum StockDocumentKind {
    /** Stock arrives at a warehouse (income). */
    RECEIPT("SIN"),
    /** Stock leaves a warehouse for an employee, a department or a device (expense). */
    ISSUE("SOUT"),
    /** Stock moves from one warehouse to another. */
    TRANSFER("STR"),
    /** Undoes another document: the same lines, the warehouses swapped. */
    REVERSAL("SREV");

    private final String series;

    StockDocumentKind(String series) {
        this.series = series;
    }

    String series() {
        return series;
    }
}
