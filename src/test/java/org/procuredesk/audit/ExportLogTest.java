package org.procuredesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every export of the audit trail is logged: who exported which case or period, in which format, how many rows. */
@ProcureDeskIntegrationTest
class ExportLogTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditExports exports;
    @Autowired
    CaseAudit cases;
    @Autowired
    PeopleDirectory people;

    AuditedProcess process;
    String number;

    @BeforeEach
    void aReviewedCase() {
        process = new AuditedProcess(context);
        number = AuditedProcess.newNumber();
        Instant started = Instant.now().minus(1, ChronoUnit.DAYS);
        String instance = process.startAt(started, number);
        process.completeAt(started.plusSeconds(60), instance, AuditedProcess.REVIEW, "ion.support", null,
                Map.of("reviewed", true));
    }

    @AfterEach
    void remove() {
        process.remove();
    }

    @Test
    void eachExportLogsWhoExportedWhatAndHowManyRows() {
        LocalDate today = LocalDate.now();
        String csv = SignedIn.as(people, "irina.auditor", () -> new String(exports.caseTrailCsv(number),
                StandardCharsets.UTF_8));
        byte[] pdf = SignedIn.as(people, "victor.ithead", () -> exports.decisionsPdf(today.minusDays(2), today,
                Locale.forLanguageTag("ro")));
        int trailRows = SignedIn.as(people, "irina.auditor", () -> cases.trail(number)).size();

        List<AuditViews.ExportEntry> log = SignedIn.as(people, "irina.auditor", () -> exports.log());

        assertThat(csv).startsWith("\uFEFFat,kind,what,who,whoName,detail").contains("ion.support");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        List<AuditViews.ExportEntry> ours = log.stream().filter(entry -> number.equals(entry.subject())
                || "victor.ithead".equals(entry.exportedBy()) && entry.kind() == AuditExportKind.DECISIONS_PDF).toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ours.get(0)).satisfies(latest -> {
            assertThat(latest.exportedBy()).isEqualTo("victor.ithead");
            assertThat(latest.exportedByName()).isEqualTo(people.nameOf("victor.ithead"));
            assertThat(latest.kind()).isEqualTo(AuditExportKind.DECISIONS_PDF);
            assertThat(latest.subject()).isEqualTo(today.minusDays(2) + ".." + today);
            assertThat(latest.rowCount()).isPositive();
        });
        assertThat(ours.get(1)).satisfies(earlier -> {
            assertThat(earlier.exportedBy()).isEqualTo("irina.auditor");
            assertThat(earlier.kind()).isEqualTo(AuditExportKind.CASE_TRAIL_CSV);
            assertThat(earlier.subject()).isEqualTo(number);
            assertThat(earlier.rowCount()).isEqualTo(trailRows);
            assertThat(csv.lines().count()).isEqualTo(trailRows + 1L);
        });
    }
}
