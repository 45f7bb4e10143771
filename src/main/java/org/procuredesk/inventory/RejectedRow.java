package org.procuredesk.inventory;

import java.util.List;
import org.procuredesk.system.Message;

/**
 * A row of an imported file that was not registered, and why.
 *
 * @param row the row as a spreadsheet numbers it: the header is row 1
 */
public record RejectedRow(int row, String inventoryNumber, List<Message> reasons) {
}
