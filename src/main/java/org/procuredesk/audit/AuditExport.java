package org.procuredesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One export of the audit trail: who exported what, when, how many rows. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_export")
class AuditExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String exportedBy;

    @Column(nullable = false, updatable = false)
    private Instant exportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditExportKind kind;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private int rowCount;

    protected AuditExport() {
    }

    AuditExport(String exportedBy, Instant exportedAt, AuditExportKind kind, String subject, int rowCount) {
        this.exportedBy = exportedBy;
        this.exportedAt = exportedAt;
        this.kind = kind;
        this.subject = subject;
        this.rowCount = rowCount;
    }

    Long getId() {
        return id;
    }

    String getExportedBy() {
        return exportedBy;
    }

    AuditViews.ExportEntry view(String exportedByName) {
        return new AuditViews.ExportEntry(id, exportedAt, exportedBy, exportedByName, kind, subject, rowCount);
    }
}
