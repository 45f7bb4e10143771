package org.procuredesk.inventory;

import java.util.List;

/**
 * What came of a CSV import: how many rows the file had, how many were registered (on a check only, would be), and
 * each rejected row with every reason it was rejected for.
 */
public record ImportReport(String fileName, boolean checkOnly, int rows, int registered, List<RejectedRow> rejected) {
}
