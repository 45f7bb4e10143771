package org.procuredesk.audit;

import java.time.LocalDate;
import java.util.Locale;
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

    public byte[] caseTrailCsv(String businessKey) {
        throw new UnsupportedOperationException("issue 8");
    }

    public byte[] caseTrailPdf(String businessKey, Locale locale) {
        throw new UnsupportedOperationException("issue 8");
    }

    public byte[] decisionsCsv(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("issue 8");
    }

    public byte[] decisionsPdf(LocalDate from, LocalDate to, Locale locale) {
        throw new UnsupportedOperationException("issue 8");
    }
}
