package org.procuredesk.request;

/** Where an application stands, as its requester sees it. */
public enum RequestStatus {
    DRAFT, SUBMITTED, RETURNED, IN_APPROVAL, APPROVED, WAITING_FOR_BUDGET, ORDERED, RECEIVED, HANDED_OVER,
    FULFILLED, REJECTED, WITHDRAWN, CANCELLED;

    /** Until something is ordered for it, its requester may withdraw a submitted application. */
    public boolean isWithdrawable() {
        return this == SUBMITTED || this == RETURNED || this == IN_APPROVAL || this == APPROVED
                || this == WAITING_FOR_BUDGET;
    }

    /** Approved by everyone it needed, whatever happened since. */
    public boolean isApproved() {
        return this == APPROVED || this == WAITING_FOR_BUDGET || this == ORDERED || this == RECEIVED
                || this == HANDED_OVER || this == FULFILLED;
    }

    public boolean isEnded() {
        return this == FULFILLED || this == REJECTED || this == WITHDRAWN || this == CANCELLED;
    }

    public String messageKey() {
        return "status." + name();
    }
}
