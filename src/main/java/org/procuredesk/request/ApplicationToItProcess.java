package org.procuredesk.request;

import org.procuredesk.budget.ProcessBudgetSource;

/** The names the Application to IT model ({@code bpmn/application-to-it.bpmn}) and the code share. */
public final class ApplicationToItProcess {

    public static final String KEY = "applicationToIt";

    public static final String APPLICATION_SUBMITTED = "applicationSubmitted";
    public static final String SUBMISSION_MERGE_GATEWAY = "submissionMergeGateway";
    public static final String CHECK_COMPLETENESS = "checkCompleteness";
    public static final String COMPLETENESS_GATEWAY = "completenessGateway";
    public static final String CORRECT_APPLICATION = "correctApplication";
    public static final String CORRECTION_GATEWAY = "correctionGateway";
    public static final String APPLICATION_WITHDRAWN_END = "applicationWithdrawnEnd";
    public static final String CORRECTION_OVERDUE = "correctionOverdue";
    public static final String APPLICATION_CANCELLED = "applicationCancelled";
    public static final String DECIDE_APPROVALS = "decideApprovals";
    public static final String APPROVE_BY_LINE_MANAGER = "approveByLineManager";
    public static final String APPROVE_BY_IT_HEAD = "approveByItHead";
    public static final String APPROVE_BY_SECURITY = "approveBySecurity";
    public static final String APPROVE_BY_FINANCE = "approveByFinance";
    public static final String APPLICATION_APPROVED = "applicationApproved";
    public static final String APPLICATION_REJECTED = "applicationRejected";
    public static final String WITHDRAWAL_RECEIVED = "withdrawalReceived";
    public static final String CHECK_STOCK = "checkStock";
    public static final String WAIT_FOR_BUDGET = "waitForBudgetGateway";
    public static final String BUDGET_APPROVED = "budgetApproved";
    public static final String BUDGET_EXCLUDED = "budgetExcluded";
    public static final String DECIDE_EXCLUDED_APPLICATION = "decideExcludedApplication";
    public static final String APPLICATION_REJECTED_FROM_BUDGET = "applicationRejectedFromBudget";
    public static final String PLACE_ORDER = "placeOrder";
    public static final String APPROVE_PRICE_OVERRUN = "approvePriceOverrun";
    public static final String APPLICATION_REJECTED_OVER_PRICE = "applicationRejectedOverPrice";
    public static final String RECEIVE_GOODS = "receiveGoods";
    public static final String DELIVERY_LATE = "deliveryLate";
    public static final String REMIND_LATE_DELIVERY = "remindLateDelivery";
    public static final String HAND_OVER = "handOver";
    public static final String CONFIRM_RECEIPT = "confirmReceipt";
    public static final String RECEIPT_CONFIRMATION_OVERDUE = "receiptConfirmationOverdue";
    public static final String APPLICATION_FULFILLED = "applicationFulfilled";

    /** The application's id in ProcureDesk's tables; the process holds ids, the tables hold the data. */
    public static final String VAR_REQUEST_ID = "requestId";
    /** The person who submitted the application. */
    public static final String VAR_REQUESTER = "requesterUsername";
    /** The requester's department, the application's cost centre. */
    public static final String VAR_DEPARTMENT_ID = "departmentId";
    /** IT support's verdict on completeness: {@link Completeness}. */
    public static final String VAR_COMPLETENESS = "completeness";
    /** The requester's answer to a returned application: {@link Correction}. */
    public static final String VAR_CORRECTION = "correction";
    /** Who approves first: the head of the requester's department (set by {@value #DECIDE_APPROVALS}). */
    public static final String VAR_LINE_MANAGER = "lineManagerUsername";
    /** Whom the line manager's approval is decided for, when a substitute stands in for them; else none. */
    public static final String VAR_LINE_MANAGER_ACTING_FOR = "lineManagerActingFor";
    /** Which approvals the routing table asked for, in order, comma-separated: {@link Approval} names. */
    public static final String VAR_REQUIRED_APPROVALS = "requiredApprovals";
    public static final String VAR_IT_HEAD_APPROVAL = "itHeadApproval";
    public static final String VAR_SECURITY_APPROVAL = "securityApproval";
    public static final String VAR_FINANCE_APPROVAL = "financeApproval";
    /** An approver's decision, set when their task is completed: {@link Decision}. */
    public static final String VAR_DECISION = "decision";

    /** Whether {@value #CHECK_STOCK} reserved everything the application asks for (Boolean). */
    public static final String VAR_STOCK_RESERVED = "stockReserved";
    /** The IT head's answer in {@value #DECIDE_EXCLUDED_APPLICATION}: {@link Exclusion}. */
    public static final String VAR_EXCLUSION = "exclusion";
    /** The purchase order placed for the application: its id in ProcureDesk's tables. */
    public static final String VAR_PURCHASE_ORDER_ID = "purchaseOrderId";
    /** Whether the order costs more than the approved total plus the allowed margin (Boolean). */
    public static final String VAR_PRICE_OVERRUN = "priceOverrun";

    /** The message that withdraws an application, correlated by its number (the business key). */
    public static final String MESSAGE_WITHDRAWN = "applicationWithdrawn";
    /** The budget that includes the application is approved: it may be ordered. By business key. */
    public static final String MESSAGE_BUDGET_APPROVED = ProcessBudgetSource.APPROVED;
    /** The budget the application waited for left it out. By business key. */
    public static final String MESSAGE_BUDGET_EXCLUDED = ProcessBudgetSource.EXCLUDED;

    /** IT support's verdict in {@value #CHECK_COMPLETENESS}. */
    public enum Completeness { ACCEPTED, RETURNED }

    /** The requester's answer in {@value #CORRECT_APPLICATION}. */
    public enum Correction { RESUBMITTED, WITHDRAWN }

    /** An approver's decision. */
    public enum Decision { APPROVED, REJECTED, RETURNED }

    /**
     * The approvals an application may need, in the order they are given; and the IT head's approval of
     * an order that costs more than was approved.
     */
    public enum Approval { LINE_MANAGER, IT_HEAD, SECURITY, FINANCE, PRICE_OVERRUN }

    /** What becomes of an application its budget left out. */
    public enum Exclusion { CARRIED_OVER, REJECTED }

    private ApplicationToItProcess() {
    }
}
