package org.procuredesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's whole trail and all decisions of a period, as CSV and as a PDF report; every export is logged (who
 * exported what, when) before it is handed out.
 */
@Service
@Transactional
@PreAuthorize(CaseAudit.READERS)
public class AuditExports {

    private final CaseTrail trails;
    private final PeriodDecisions decisions;
    private final ExportLog log;
    private final ExportFiles files;
    private final Messages messages;
    private final Formats formats;

    AuditExports(CaseTrail trails, PeriodDecisions decisions, ExportLog log, ExportFiles files, Messages messages,
                 Formats formats) {
        this.trails = trails;
        this.decisions = decisions;
        this.log = log;
        this.files = files;
        this.messages = messages;
        this.formats = formats;
    }

    public byte[] caseTrailCsv(String businessKey) {
        List<AuditViews.TrailEntry> trail = logged(AuditExportKind.CASE_TRAIL_CSV, businessKey,
                trails.of(businessKey));
        return files.csv(ExportRows.TRAIL_COLUMNS, ExportRows.trail(trail, Instant::toString, Enum::name));
    }

    public byte[] caseTrailPdf(String businessKey, Locale locale) {
        List<AuditViews.TrailEntry> trail = logged(AuditExportKind.CASE_TRAIL_PDF, businessKey,
                trails.of(businessKey));
        return files.pdf(AuditExportKind.CASE_TRAIL_PDF, businessKey, ExportRows.TRAIL_COLUMNS,
                ExportRows.trail(trail, at -> formats.dateTime(at, locale),
                        kind -> messages.get(kind.messageKey(), locale)), locale);
    }

    public byte[] decisionsCsv(LocalDate from, LocalDate to) {
        List<AuditViews.DecisionEntry> taken = logged(AuditExportKind.DECISIONS_CSV, EngineTimes.period(from, to),
                decisions.between(from, to));
        return files.csv(ExportRows.DECISION_COLUMNS, ExportRows.decisions(taken, Instant::toString));
    }

    public byte[] decisionsPdf(LocalDate from, LocalDate to, Locale locale) {
        String period = EngineTimes.period(from, to);
        List<AuditViews.DecisionEntry> taken = logged(AuditExportKind.DECISIONS_PDF, period,
                decisions.between(from, to));
        return files.pdf(AuditExportKind.DECISIONS_PDF, period, ExportRows.DECISION_COLUMNS,
                ExportRows.decisions(taken, at -> formats.dateTime(at, locale)), locale);
    }

    /** Who exported what, when: the latest exports, newest first. */
    @Transactional(readOnly = true)
    public List<AuditViews.ExportEntry> log() {
        return log.latest();
    }

    private <T> List<T> logged(AuditExportKind kind, String subject, List<T> rows) {
        log.logged(kind, subject, rows.size());
        return rows;
    }
}
