package org.procuredesk.licence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unlicensed and expiring software: licences expired while people or assets still hold their seats, then those
 * expiring within 30, 60 and 90 days. A licence never has more seats in use than bought (the seats are counted
 * by conditional updates, a reduction below the seats in use is refused, and the table checks it), so that is no
 * finding.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Licences.READERS)
public class LicenceReport {

    static final String[] HEADER = {"finding", "product", "vendor", "edition", "expires_on", "days_left", "seats",
        "seats_used", "assignees"};
    public static final String FILE_NAME = "licence-report.csv";
    private static final int HORIZON_DAYS = 90;

    private final LicenceRepository licences;
    private final LicenceAssignmentRepository assignments;
    private final Clock clock;

    LicenceReport(LicenceRepository licences, LicenceAssignmentRepository assignments, Clock clock) {
        this.licences = licences;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The unlicensed use first, then the licences expiring within 90 days, soonest first. */
    public List<Finding> findings() {
        LocalDate today = LocalDate.now(clock);
        List<Licence> found = Stream.concat(licences.expiredInUse(today).stream(),
                licences.expiringBetween(today, today.plusDays(HORIZON_DAYS)).stream()).toList();
        Map<Long, List<String>> holders = assignments.activeOf(found.stream().map(Licence::getId).toList()).stream()
                .collect(Collectors.groupingBy(LicenceAssignment::licenceId,
                        Collectors.mapping(assignment -> assignment.view().assignee(), Collectors.toList())));
        return found.stream().map(licence -> finding(licence, today, holders.getOrDefault(licence.getId(), List.of())))
                .toList();
    }

    /** The findings as CSV (RFC 4180, a header row), for a spreadsheet. */
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Finding finding : findings()) {
                printer.printRecord(finding.kind().name(), finding.product(), finding.vendor(), finding.edition(),
                        finding.expiresOn(), finding.daysLeft(), finding.seats(), finding.seatsUsed(),
                        String.join("; ", finding.assignees()));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static Finding finding(Licence licence, LocalDate today, List<String> holders) {
        LicenceSummary summary = licence.summary(today, HORIZON_DAYS);
        long daysLeft = ChronoUnit.DAYS.between(today, summary.expiresOn());
        return new Finding(kind(daysLeft), summary.id(), summary.product(), summary.vendor(), summary.edition(),
                summary.expiresOn(), daysLeft, summary.seats(), summary.seatsUsed(), holders);
    }

    private static FindingKind kind(long daysLeft) {
        if (daysLeft < 0) {
            return FindingKind.UNLICENSED_USE;
        }
        if (daysLeft <= 30) {
            return FindingKind.EXPIRES_WITHIN_30_DAYS;
        }
        return daysLeft <= 60 ? FindingKind.EXPIRES_WITHIN_60_DAYS : FindingKind.EXPIRES_WITHIN_90_DAYS;
    }
}
