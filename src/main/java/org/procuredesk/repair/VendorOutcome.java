package org.procuredesk.repair;

/** What the service centre did with an asset under warranty. */
public enum VendorOutcome {
    REPAIRED, REPLACED, REFUSED;

    public String messageKey() {
        return "vendorOutcome." + name();
    }
}
