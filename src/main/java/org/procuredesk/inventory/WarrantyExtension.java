package org.procuredesk.inventory;

import java.time.LocalDate;

/**
 * A warranty extension bought for an asset, as the API receives it.
 *
 * @param until the last day it covers
 */
public record WarrantyExtension(LocalDate until) {
}
