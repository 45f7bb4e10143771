package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;

/** A fault reported on an asset opens one case, checked against the warranty on the day it was reported. */
class ReportingAFaultTest extends AtARepairDesk {

    /** Two years from 31 January 2026: the last day covered. */
    static final LocalDate WARRANTY_ENDS = LocalDate.of(2028, 1, 31);
    /** The last day of a year's warranty bought on 31 January 2025. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 31);

    @Test
    void aFaultReportedBySerialNumberOpensACaseUnderWarrantyWaitingForItsDispatch() {
        AssetSummary laptop = inUseAtTheBranch(EquipmentCategory.LAPTOP);

        RepairView repair = report(SUPPORT, laptop.serialNumber());

        RepairView now = current(repair);
        assertThat(now.number()).startsWith("RPR-");
        assertThat(now.inventoryNumber()).isEqualTo(laptop.inventoryNumber());
        assertThat(now.holder()).isEqualTo(Holder.branch(branch));
        assertThat(now.underWarranty()).isTrue();
        assertThat(now.warrantyUntil()).isEqualTo(WARRANTY_ENDS);
        assertThat(now.slaDays()).isEqualTo(14);
        assertThat(now.state()).isEqualTo(RepairState.TO_DISPATCH);
        assertThat(taskAt(repair, RepairProcess.PREPARE_DISPATCH)).isNotNull();
        assertThat(timeline(repair)).containsExactly(RepairEventKind.REPORTED, RepairEventKind.UNDER_WARRANTY);
    }

    @Test
    void aFaultReportedOnTheWarrantysLastDayIsUnderWarrantyAndOnTheDayAfterIsNot() {
        AssetSummary lastDay = inUseAtTheBranchWithWarrantyUntil(EquipmentCategory.MONITOR, LAST_DAY);
        AssetSummary dayAfter = inUseAtTheBranchWithWarrantyUntil(EquipmentCategory.MONITOR, LAST_DAY);

        reportedAt(Instant.parse("2026-01-31T20:00:00Z"));
        RepairView onLastDay = report(SUPPORT, lastDay.inventoryNumber());
        reportedAt(Instant.parse("2026-01-31T22:30:00Z"));
        RepairView onDayAfter = report(SUPPORT, dayAfter.inventoryNumber());

        assertThat(current(onLastDay).underWarranty()).as("22:00 on the last day, Bucharest").isTrue();
        assertThat(current(onDayAfter).underWarranty()).as("00:30 the day after, Bucharest").isFalse();
        assertThat(taskAt(onDayAfter, RepairProcess.DECIDE_OUT_OF_WARRANTY)).isNotNull();
    }

    @Test
    void aFaultReportedAgainWhileItsCaseIsOpenIsRefusedNamingTheOpenCase() {
        AssetSummary printer = inUseAtTheBranch(EquipmentCategory.PRINTER);
        RepairView first = report(SUPPORT, printer.inventoryNumber());

        assertRefused(() -> report(SUPPORT, printer.serialNumber()), "repair.alreadyOpen");

        assertThat(repairs.findAll()).filteredOn(repair -> repair.getInventoryNumber()
                .equals(printer.inventoryNumber())).hasSize(1);
        try {
            report(SUPPORT, printer.inventoryNumber());
        } catch (DomainException refusal) {
            assertThat(refusal.getArguments()).containsExactly(printer.inventoryNumber(), first.number());
            assertThat(refusal.getField()).contains("asset");
        }
    }

    @Test
    void twoPeopleReportingTheSameFaultAtOnceOpenOneCase() throws Exception {
        AssetSummary phone = inUseAtTheBranch(EquipmentCategory.PHONE);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<String> reporting = () -> {
            together.await();
            try {
                return report(SUPPORT, phone.inventoryNumber()).number();
            } catch (DomainException refused) {
                return refused.getMessageKey();
            }
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = two.invokeAll(List.of(reporting, reporting));

            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
                    .filteredOn(outcome -> outcome.startsWith("RPR-")).hasSize(1);
            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).contains("repair.alreadyOpen");
        } finally {
            two.shutdownNow();
        }
        assertThat(repairs.findAll()).filteredOn(repair -> repair.getInventoryNumber()
                .equals(phone.inventoryNumber())).hasSize(1);
    }

    @Test
    void anEmployeeReportsFaultsOnlyOnWhatTheyHold() {
        AssetSummary ours = inUseAtTheBranch(EquipmentCategory.SCANNER);
        register.move(List.of(ours.inventoryNumber()), Holder.employee("ana.requester"), "Issued", SUPPORT);
        AssetSummary notHers = inUseAtTheBranch(EquipmentCategory.SCANNER);

        assertRefused(() -> report("ana.requester", notHers.inventoryNumber()), "repair.notYourAsset");
        RepairView hers = report("ana.requester", ours.inventoryNumber());

        RepairView notHersCase = report(SUPPORT, notHers.inventoryNumber());
        assertThat(as("ana.requester", () -> cases.list())).extracting(RepairView::number)
                .contains(hers.number()).doesNotContain(notHersCase.number());
        assertRefused(() -> as("mihai.manager", () -> cases.get(hers.id())), "repair.notFound");
    }

    @Test
    void aFaultOnAnUnknownOrWrittenOffAssetIsRefusedAndNothingIsRecorded() {
        AssetSummary gone = inUseAtTheBranch(EquipmentCategory.FAX);
        register.writeOff(gone.inventoryNumber());
        long before = repairs.count();

        assertRefused(() -> report(SUPPORT, "INV-NOSUCH-1"), "asset.notFoundByNumberOrSerial");
        assertRefused(() -> report(SUPPORT, gone.inventoryNumber()), "asset.writtenOff");

        assertThat(repairs.count()).isEqualTo(before);
    }
}
