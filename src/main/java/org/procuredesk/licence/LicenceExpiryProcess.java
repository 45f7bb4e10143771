package org.procuredesk.licence;

/** The licence expiry model's key and element ids (bpmn/licence-expiry.bpmn). */
public final class LicenceExpiryProcess {

    public static final String KEY = "licenceExpiry";

    public static final String EVERY_DAY = "everyDay";
    public static final String REMIND_OF_EXPIRING_LICENCES = "remindOfExpiringLicences";
    public static final String REMINDERS_SENT = "remindersSent";

    private LicenceExpiryProcess() {
    }
}
