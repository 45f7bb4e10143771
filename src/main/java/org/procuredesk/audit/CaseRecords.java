package org.procuredesk.audit;

import java.util.List;

/**
 * The application's own records of a case (its documents, the decisions it recorded), for the case's audit trail.
 * Each feature whose process runs cases implements it in its own package, as a Spring bean.
 */
public interface CaseRecords {

    /** Whether the records are of cases of the process with this key. */
    boolean handles(String processKey);

    /** The case's records, in any order, as {@link AuditViews.TrailKind#DOCUMENT} or {@link AuditViews.TrailKind#RECORD}. */
    List<AuditViews.TrailEntry> entries(String businessKey);
}
