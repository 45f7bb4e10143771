package org.procuredesk.inventory.count;

/**
 * One line of a count as people read it.
 *
 * @param holderName   who the register says holds the asset now, for an asset found that was not expected
 * @param documentNumber the movement or adjustment document the line's resolution is on
 */
public record CountLineView(long id, String inventoryNumber, String serialNumber, String description,
                            boolean expected, boolean found, String holderName, Difference difference,
                            Resolution resolution, String documentNumber) {
}
