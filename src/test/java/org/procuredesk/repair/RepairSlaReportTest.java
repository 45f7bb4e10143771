package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.NewAsset;
import org.procuredesk.request.EquipmentCategory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SLA report over cases of known times, reported in May 2024, a month no other test reports in, and read on
 * 15 June 2024; the expected figures are worked out by hand from the fixture. The clock goes back, never ahead: set
 * ahead, the job executor would fire every other test's timers due before then.
 */
class RepairSlaReportTest extends AtARepairDesk {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    static final LocalDate FROM = LocalDate.of(2024, 5, 1);
    static final LocalDate TO = LocalDate.of(2024, 5, 31);
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    RepairSlaReport slaReport;
    @Autowired
    AssetRepairs assetRepairs;
    @Autowired
    Clock clock;

    @AfterEach
    void backToNow() {
        ClockUtil.reset();
    }

    @Test
    void countsTheCasesOfThePeriodAndAveragesTheirRestoreTimesByCategoryAndBySupplier() {
        restored(EquipmentCategory.LAPTOP, "Alfa SRL", at(5, 2, 9), 14, at(5, 4, 9));       // 48 h, within
        restored(EquipmentCategory.LAPTOP, "Beta SRL", at(5, 3, 10), 14, at(5, 20, 10));    // 408 h, late
        restored(EquipmentCategory.MONITOR, "Alfa SRL", at(5, 5, 8), 14, at(5, 6, 14));     // 30 h, within
        RepairCase escalated = open(EquipmentCategory.LAPTOP, "Alfa SRL", at(5, 15, 9), 1);
        escalated.breachedSla();
        close(escalated, RepairOutcome.REPAIRED_BY_VENDOR, at(5, 18, 9));                    // 72 h, escalated
        restored(EquipmentCategory.PC, null, at(5, 12, 10), 14, at(5, 13, 10));             // 24 h, within
        close(open(EquipmentCategory.MONITOR, null, at(5, 10, 12), 14), RepairOutcome.WRITTEN_OFF, at(5, 12, 12));
        open(EquipmentCategory.PRINTER, "Beta SRL", at(5, 20, 9), 14);                      // open, overdue
        open(EquipmentCategory.PRINTER, "Alfa SRL", at(5, 30, 9), 30);                      // open, in time
        restored(EquipmentCategory.LAPTOP, "Alfa SRL", at(4, 28, 9), 14, at(5, 2, 9));      // reported before
        open(EquipmentCategory.LAPTOP, "Beta SRL", at(4, 20, 9), 14);                       // reported before

        RepairSla.Report report = readOnTheFifteenthOfJune(IT_HEAD, FROM, TO);

        assertThat(report.reported()).isEqualTo(8);
        assertThat(report.openNow()).isEqualTo(2);
        assertThat(report.breached()).isEqualTo(3);
        assertTimes(report.overall(), "all", 5, 3, (48 + 408 + 30 + 72 + 24) / 5.0);
        assertThat(report.byCategory()).extracting(RepairSla.RestoreTimes::group)
                .containsExactly(EquipmentCategory.PC, EquipmentCategory.LAPTOP, EquipmentCategory.MONITOR);
        assertTimes(report.byCategory().get(0), EquipmentCategory.PC, 1, 1, 24);
        assertTimes(report.byCategory().get(1), EquipmentCategory.LAPTOP, 3, 1, (48 + 408 + 72) / 3.0);
        assertTimes(report.byCategory().get(2), EquipmentCategory.MONITOR, 1, 1, 30);
        assertThat(report.bySupplier()).extracting(RepairSla.RestoreTimes::group)
                .containsExactly("Alfa SRL", "Beta SRL", RepairSla.UNKNOWN_SUPPLIER);
        assertTimes(report.bySupplier().get(0), "Alfa SRL", 3, 2, (48 + 30 + 72) / 3.0);
        assertTimes(report.bySupplier().get(1), "Beta SRL", 1, 0, 408);
        assertTimes(report.bySupplier().get(2), RepairSla.UNKNOWN_SUPPLIER, 1, 1, 24);
    }

    @Test
    void withoutAPeriodTheReportCoversTheLastNinetyDaysUpToToday() {
        RepairSla.Report report = readOnTheFifteenthOfJune("irina.auditor", null, null);

        assertThat(report.to()).isEqualTo(TODAY);
        assertThat(report.from()).isEqualTo(TODAY.minusDays(89));
    }

    @Test
    void countsTheWarrantiesEndingWithinThirtySixtyAndNinetyDaysSoonestFirst() {
        AssetSummary tenDays = extendedUntil(TODAY.plusDays(10));
        AssetSummary ninetyDays = extendedUntil(TODAY.plusDays(90));
        AssetSummary fortyFiveDays = extendedUntil(TODAY.plusDays(45));
        extendedUntil(TODAY.plusDays(91));
        extendedUntil(TODAY.minusDays(1));
        register.writeOff(extendedUntil(TODAY.plusDays(5)).inventoryNumber());

        RepairSla.ExpiringWarranties warranties = readOnTheFifteenthOfJune(SUPPORT, null, null).warranties();

        assertThat(warranties.within30Days()).isEqualTo(1);
        assertThat(warranties.within60Days()).isEqualTo(2);
        assertThat(warranties.within90Days()).isEqualTo(3);
        assertThat(warranties.assets()).extracting(RepairSla.ExpiringWarranty::inventoryNumber)
                .containsExactly(tenDays.inventoryNumber(), fortyFiveDays.inventoryNumber(),
                        ninetyDays.inventoryNumber());
        assertThat(warranties.assets()).extracting(RepairSla.ExpiringWarranty::daysLeft).containsExactly(10L, 45L, 90L);
        assertThat(warranties.within(60)).extracting(RepairSla.ExpiringWarranty::inventoryNumber)
                .containsExactly(tenDays.inventoryNumber(), fortyFiveDays.inventoryNumber());
    }

    /** The report as read at 9 o'clock on {@link #TODAY}, after the fixture was recorded in the present. */
    private RepairSla.Report readOnTheFifteenthOfJune(String reader, LocalDate from, LocalDate to) {
        ClockUtil.setCurrentTime(Date.from(at(TODAY.getMonthValue(), TODAY.getDayOfMonth(), 9)));
        return as(reader, () -> slaReport.report(from, to));
    }

    private static <G> void assertTimes(RepairSla.RestoreTimes<G> times, G group, int restored, int withinSla,
                                        double averageHours) {
        assertThat(times.group()).isEqualTo(group);
        assertThat(times.restored()).isEqualTo(restored);
        assertThat(times.withinSla()).isEqualTo(withinSla);
        assertThat(times.averageHours()).isCloseTo(averageHours, within(0.001));
        assertThat(times.averageDays()).isCloseTo(averageHours / 24, within(0.001));
        assertThat(times.shareWithinSla()).isCloseTo((double) withinSla / restored, within(0.001));
    }

    /** 2024 at the hour of the day, in the company's time zone. */
    private Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2024, month, day, hour, 0).atZone(clock.getZone()).toInstant();
    }

    private void restored(EquipmentCategory category, String supplier, Instant reportedAt, int slaDays,
                          Instant closedAt) {
        close(open(category, supplier, reportedAt, slaDays), RepairOutcome.REPAIRED_IN_HOUSE, closedAt);
    }

    /** A case of an asset of its own, as reported then; kept open. */
    private RepairCase open(EquipmentCategory category, String supplier, Instant reportedAt, int slaDays) {
        AssetSummary asset = fixtures.inStock(warehouse, new NewAsset(category, "Model " + category,
                "faulty " + category, "SN-" + UUID.randomUUID(), supplier, "REC-1", LocalDate.of(2026, 1, 31),
                new BigDecimal("900.00"), 24)).get(0);
        return repairs.saveAndFlush(new RepairCase("RPT-" + NUMBERS.incrementAndGet() + "-" + UUID.randomUUID()
                .toString().substring(0, 8), asset, "Broken", RepairUrgency.NORMAL, SUPPORT, reportedAt, slaDays));
    }

    private void close(RepairCase repair, RepairOutcome outcome, Instant closedAt) {
        repair.ended(outcome, "Done");
        repair.close(closedAt);
        repairs.saveAndFlush(repair);
    }

    private AssetSummary extendedUntil(LocalDate lastDay) {
        AssetSummary asset = fixtures.inStock(warehouse, new NewAsset(EquipmentCategory.MONITOR, "P2425",
                "monitor P2425", "SN-" + UUID.randomUUID(), "Alfa SRL", "REC-1", LocalDate.of(2022, 1, 31),
                new BigDecimal("900.00"), 12)).get(0);
        return as(SUPPORT, () -> assetRepairs.extendWarranty(asset.inventoryNumber(), lastDay));
    }
}
