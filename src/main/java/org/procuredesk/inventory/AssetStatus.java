package org.procuredesk.inventory;

/** Where an asset stands: in a warehouse, in someone's use, away for repair, or written off for good. */
public enum AssetStatus {
    IN_STOCK, IN_USE, IN_REPAIR, WRITTEN_OFF;

    public String messageKey() {
        return "assetStatus." + name();
    }
}
