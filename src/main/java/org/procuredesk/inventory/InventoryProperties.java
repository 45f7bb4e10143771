package org.procuredesk.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param importMaxRows the most rows a CSV import reads; a longer file is refused whole */
@ConfigurationProperties("procuredesk.inventory")
record InventoryProperties(@DefaultValue("50000") int importMaxRows) {
}
