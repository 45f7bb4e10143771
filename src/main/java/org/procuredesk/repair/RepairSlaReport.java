package org.procuredesk.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.system.DayPeriod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How repairs kept the agreement to restore assets (indicator 1.5.2) and which warranties end soon (1.5.4), for IT
 * support, its head, the IT head and auditors. Computed over the cases of the period as they are now.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RepairSlaReport.READERS)
public class RepairSlaReport {

    static final String READERS = "hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'IT_HEAD', 'AUDITOR')";
    /** The days the report covers when no period is given: these, up to and including today. */
    public static final int DEFAULT_DAYS = 90;

    private final RepairCaseRepository repairs;
    private final AssetRepairs assets;
    private final Clock clock;

    RepairSlaReport(RepairCaseRepository repairs, AssetRepairs assets, Clock clock) {
        this.repairs = repairs;
        this.assets = assets;
        this.clock = clock;
    }

    /**
     * The cases reported between the two days, both included, in the company's time zone: {@code to} is today
     * unless given, {@code from} the {@value #DEFAULT_DAYS} days up to {@code to} unless given. Refused when
     * {@code from} is after {@code to}.
     */
    public RepairSla.Report report(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today : to;
        DayPeriod period = new DayPeriod(from == null ? last.minusDays(DEFAULT_DAYS - 1L) : from, last);
        Instant now = clock.instant();
        List<RepairCase> cases = reportedIn(period);
        List<RepairCase> restored = cases.stream().filter(RepairSlaReport::restored).toList();
        return new RepairSla.Report(period.from(), period.to(), cases.size(), count(cases, repair -> repair.getState().isOpen()),
                count(cases, repair -> breached(repair, now)), restoreTimes("all", restored),
                grouped(restored, RepairCase::getCategory), grouped(restored, RepairSlaReport::supplierOf),
                warranties(today));
    }

    private List<RepairCase> reportedIn(DayPeriod period) {
        Instant start = period.start(clock.getZone());
        Instant end = period.end(clock.getZone());
        return repairs.openOrClosedSince(start).stream()
                .filter(repair -> !repair.getReportedAt().isBefore(start) && repair.getReportedAt().isBefore(end))
                .toList();
    }

    /** Closed with the asset working again. */
    private static boolean restored(RepairCase repair) {
        return repair.getClosedAt() != null && repair.getOutcome() != null
                && repair.getOutcome().restoresOperability();
    }

    /** Escalated, closed after the agreement ran out, or still open after it did. */
    private static boolean breached(RepairCase repair, Instant now) {
        Instant restoredOrNow = repair.getClosedAt() == null ? now : repair.getClosedAt();
        return repair.isBreached() || restoredOrNow.isAfter(repair.getSlaDueAt());
    }

    private static String supplierOf(RepairCase repair) {
        return repair.getSupplier() == null ? RepairSla.UNKNOWN_SUPPLIER : repair.getSupplier();
    }

    private static <G extends Comparable<G>> List<RepairSla.RestoreTimes<G>> grouped(List<RepairCase> restored,
                                                                                   Function<RepairCase, G> group) {
        Map<G, List<RepairCase>> groups = restored.stream()
                .collect(Collectors.groupingBy(group, TreeMap::new, Collectors.toList()));
        return groups.entrySet().stream().map(entry -> restoreTimes(entry.getKey(), entry.getValue())).toList();
    }

    private static <G> RepairSla.RestoreTimes<G> restoreTimes(G group, List<RepairCase> restored) {
        double hours = restored.stream()
                .mapToLong(repair -> Duration.between(repair.getReportedAt(), repair.getClosedAt()).toSeconds())
                .average().orElse(0) / 3600;
        int withinSla = count(restored, repair -> !breached(repair, repair.getClosedAt()));
        return new RepairSla.RestoreTimes<>(group, restored.size(), withinSla, hours, hours / 24,
                restored.isEmpty() ? 0 : (double) withinSla / restored.size());
    }

    private RepairSla.ExpiringWarranties warranties(LocalDate today) {
        return RepairSla.ExpiringWarranties.of(assets.warrantyEndingBetween(today,
                        today.plusDays(RepairSla.WARRANTY_HORIZON_DAYS)).stream()
                .map(asset -> expiring(asset, today))
                .sorted(Comparator.comparing(RepairSla.ExpiringWarranty::warrantyEnd)
                        .thenComparing(RepairSla.ExpiringWarranty::inventoryNumber))
                .toList());
    }

    private static RepairSla.ExpiringWarranty expiring(AssetSummary asset, LocalDate today) {
        return new RepairSla.ExpiringWarranty(asset.inventoryNumber(), asset.serialNumber(), asset.category(),
                asset.model(), asset.supplier(), asset.holderName(), asset.warrantyEnd(),
                ChronoUnit.DAYS.between(today, asset.warrantyEnd()));
    }

    private static int count(List<RepairCase> cases, Predicate<RepairCase> which) {
        return (int) cases.stream().filter(which).count();
    }
}
