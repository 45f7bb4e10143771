package org.procuredesk.notification;

/** The UI routes a notification may lead to. */
public final class Links {

    private Links() {
    }

    /** The form of an open task, e.g. {@code tasks/abc}. */
    public static String task(String taskId) {
        return "tasks/" + taskId;
    }

    /** An application's page, e.g. {@code applications/12}. */
    public static String application(Long requestId) {
        return "applications/" + requestId;
    }

    /** A budget's page, e.g. {@code budgets/WEEKLY-2026-W49}. */
    public static String budget(String period) {
        return "budgets/" + period;
    }

    /** A licence chosen in the licence register, e.g. {@code licences?licence=7}. */
    public static String licence(long licenceId) {
        return "licences?licence=" + licenceId;
    }

    /** The list of stock replenishments. */
    public static String replenishments() {
        return "replenishments";
    }

    /** A repair case's page, e.g. {@code repairs/5}. */
    public static String repair(long repairId) {
        return "repairs/" + repairId;
    }
}
