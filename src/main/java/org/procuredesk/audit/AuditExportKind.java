package org.procuredesk.audit;

/** What was exported, and in which format. */
public enum AuditExportKind {
    CASE_TRAIL_CSV, CASE_TRAIL_PDF, DECISIONS_CSV, DECISIONS_PDF;

    public String messageKey() {
        return "auditExport." + name();
    }
}
