package org.procuredesk.request;

/** The names the Application to IT model ({@code bpmn/application-to-it.bpmn}) and the code share. */
public final class ApplicationToItProcess {

    public static final String KEY = "applicationToIt";

    public static final String APPLICATION_SUBMITTED = "applicationSubmitted";
    /** Joins a new application and a resubmitted one before {@value #CHECK_COMPLETENESS}. */
    public static final String SUBMISSION_MERGE_GATEWAY = "submissionMergeGateway";
    public static final String CHECK_COMPLETENESS = "checkCompleteness";
    public static final String COMPLETENESS_GATEWAY = "completenessGateway";
    public static final String APPLICATION_ACCEPTED = "applicationAccepted";
    public static final String CORRECT_APPLICATION = "correctApplication";
    public static final String CORRECTION_GATEWAY = "correctionGateway";
    public static final String APPLICATION_WITHDRAWN_END = "applicationWithdrawnEnd";

    /** The person who submitted the application (set by the start event as its initiator). */
    public static final String VAR_REQUESTER = "requesterUsername";
    /** IT support's verdict on completeness: {@link Completeness}. */
    public static final String VAR_COMPLETENESS = "completeness";
    /** The requester's answer to a returned application: {@link Correction}. */
    public static final String VAR_CORRECTION = "correction";

    /** IT support's verdict in {@value #CHECK_COMPLETENESS}. */
    public enum Completeness { ACCEPTED, RETURNED }

    /** The requester's answer in {@value #CORRECT_APPLICATION}. */
    public enum Correction { RESUBMITTED, WITHDRAWN }

    private ApplicationToItProcess() {
    }
}
