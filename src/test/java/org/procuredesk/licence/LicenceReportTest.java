package org.procuredesk.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report: expired licences still in use, then those expiring within 30, 60 and 90 days. */
class LicenceReportTest extends WithLicences {

    @Autowired
    LicenceReport report;

    @Test
    void listsExpiredLicencesStillInUseWithWhoUsesThemAndLicencesExpiringWithin90Days() {
        LicenceSummary expiredInUse = newLicence(2, today().plusDays(5));
        assignPerson(expiredInUse, "ana.requester");
        expireOn(expiredInUse, today().minusDays(3));
        LicenceSummary expiredUnused = newLicence(2, today().minusDays(3));
        LicenceSummary inTenDays = newLicence(2, today().plusDays(10));
        LicenceSummary inFortyFiveDays = newLicence(2, today().plusDays(45));
        LicenceSummary inEightyDays = newLicence(2, today().plusDays(80));
        LicenceSummary inAYear = newLicence(2, today().plusYears(1));
        LicenceSummary perpetual = newLicence(2, null);
        List<Long> mine = List.of(expiredInUse.id(), expiredUnused.id(), inTenDays.id(), inFortyFiveDays.id(),
                inEightyDays.id(), inAYear.id(), perpetual.id());

        List<Finding> findings = asSupport(report::findings).stream()
                .filter(finding -> mine.contains(finding.licenceId())).toList();

        assertThat(findings).extracting(Finding::licenceId, Finding::kind, Finding::daysLeft).containsExactly(
                tuple(expiredInUse.id(), FindingKind.UNLICENSED_USE, -3L),
                tuple(inTenDays.id(), FindingKind.EXPIRES_WITHIN_30_DAYS, 10L),
                tuple(inFortyFiveDays.id(), FindingKind.EXPIRES_WITHIN_60_DAYS, 45L),
                tuple(inEightyDays.id(), FindingKind.EXPIRES_WITHIN_90_DAYS, 80L));
        assertThat(findings.get(0).assignees()).containsExactly("ana.requester");
    }

    @Test
    void theCsvHasAHeaderAndARowPerFinding() {
        LicenceSummary expiredInUse = newLicence(2, today().plusDays(5));
        assignPerson(expiredInUse, "ana.requester");
        assignPerson(expiredInUse, "mihai.manager");
        expireOn(expiredInUse, today().minusDays(1));

        String csv = asSupport(report::csv);

        assertThat(csv).startsWith("finding,product,vendor,edition,expires_on,days_left,seats,seats_used,assignees\r\n")
                .contains("UNLICENSED_USE," + expiredInUse.product() + ",Microsoft,Professional,"
                        + today().minusDays(1) + ",-1,2,2,ana.requester; mihai.manager\r\n");
    }
}
