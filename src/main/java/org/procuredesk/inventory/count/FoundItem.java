package org.procuredesk.inventory.count;

import jakarta.validation.constraints.Size;

/**
 * Something found at the counted place that is not on its list: an asset of the register by its inventory number
 * or serial number, or an item the register does not know, by its serial number and what it is.
 */
public record FoundItem(@Size(max = 20, message = "{validation.tooLong}") String inventoryNumber,
                        @Size(max = 100, message = "{validation.tooLong}") String serialNumber,
                        @Size(max = 500, message = "{validation.tooLong}") String description) {
}
