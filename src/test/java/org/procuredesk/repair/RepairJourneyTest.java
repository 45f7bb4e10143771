package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.notification.Inbox;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;

/** Repair cases worked through their tasks, with what each step leaves on the register, the case and its timeline. */
class RepairJourneyTest extends AtARepairDesk {

    @Test
    void anAssetUnderWarrantyGoesToTheServiceCentreWithALoanerLentMeanwhileAndComesBackRepaired() {
        AssetSummary laptop = inUseAtTheBranch(EquipmentCategory.LAPTOP);
        AssetSummary spare = spare(EquipmentCategory.LAPTOP);
        RepairView repair = report(SUPPORT, laptop.inventoryNumber());

        dispatch(repair);

        RepairView away = current(repair);
        assertThat(away.dispatchNumber()).startsWith("DSP-");
        assertThat(away.serviceCentre()).isEqualTo("Dell Service Bucuresti");
        assertThat(away.rmaNumber()).isEqualTo("RMA-77");
        assertThat(away.takenInDocument()).isNotNull();
        assertThat(away.loanerInventoryNumber()).isEqualTo(spare.inventoryNumber());
        assertThat(away.state()).isEqualTo(RepairState.AT_SERVICE_CENTRE);
        assertThat(asset(laptop.inventoryNumber()).status()).isEqualTo(AssetStatus.IN_REPAIR);
        assertThat(asset(laptop.inventoryNumber()).holder()).isEqualTo(Holder.warehouse(warehouse));
        assertThat(asset(spare.inventoryNumber()).holder()).isEqualTo(Holder.branch(branch));
        assertThat(asset(spare.inventoryNumber()).status()).isEqualTo(AssetStatus.IN_USE);

        serviceResult(repair, new RepairForms.ServiceResult(VendorOutcome.REPAIRED, "Motherboard replaced", null,
                null));
        giveBack(repair);

        RepairView closed = current(repair);
        assertThat(closed.state()).isEqualTo(RepairState.CLOSED);
        assertThat(closed.outcome()).isEqualTo(RepairOutcome.REPAIRED_BY_VENDOR);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.breached()).isFalse();
        assertThat(asset(laptop.inventoryNumber()).holder()).isEqualTo(Holder.branch(branch));
        assertThat(asset(laptop.inventoryNumber()).status()).isEqualTo(AssetStatus.IN_USE);
        assertThat(asset(spare.inventoryNumber()).holder()).isEqualTo(Holder.warehouse(warehouse));
        assertThat(asset(spare.inventoryNumber()).status()).isEqualTo(AssetStatus.IN_STOCK);
        assertThat(register.historyOf(laptop.inventoryNumber()).stream().map(document -> document.reason()))
                .containsSubsequence(repair.number(), repair.number());
        assertThat(timeline(repair)).containsExactly(RepairEventKind.REPORTED, RepairEventKind.UNDER_WARRANTY,
                RepairEventKind.DISPATCHED, RepairEventKind.TAKEN_IN, RepairEventKind.LOANER_ISSUED,
                RepairEventKind.VENDOR_REPAIRED, RepairEventKind.GIVEN_BACK, RepairEventKind.LOANER_RETURNED,
                RepairEventKind.CLOSED);
    }

    @Test
    void aUnitTheVendorReplacedKeepsItsInventoryNumberUnderTheNewSerialAndWarranty() {
        AssetSummary monitor = inUseAtTheBranch(EquipmentCategory.MONITOR);
        RepairView repair = report(SUPPORT, monitor.inventoryNumber());
        dispatch(repair);
        assertThat(current(repair).loanerInventoryNumber()).as("no spare monitor in stock").isNull();

        serviceResult(repair, new RepairForms.ServiceResult(VendorOutcome.REPLACED, null, "NEW-" + repair.number(),
                LocalDate.of(2029, 6, 30)));
        giveBack(repair);

        AssetSummary replaced = asset(monitor.inventoryNumber());
        assertThat(replaced.serialNumber()).isEqualTo("NEW-" + repair.number());
        assertThat(replaced.warrantyUntil()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(replaced.status()).isEqualTo(AssetStatus.IN_USE);
        assertThat(current(repair).outcome()).isEqualTo(RepairOutcome.REPLACED_BY_VENDOR);
        assertThat(current(repair).replacementSerialNumber()).isEqualTo("NEW-" + repair.number());
        assertThat(timeline(repair)).contains(RepairEventKind.NO_SPARE).doesNotContain(RepairEventKind.LOANER_ISSUED);
    }

    @Test
    void aReplacementWithoutItsSerialNumberIsRefusedOnThatFieldAndTheCaseStillWaits() {
        AssetSummary monitor = inUseAtTheBranch(EquipmentCategory.MONITOR);
        RepairView repair = report(SUPPORT, monitor.inventoryNumber());
        dispatch(repair);

        assertRefused(() -> serviceResult(repair, new RepairForms.ServiceResult(VendorOutcome.REPLACED, null, " ",
                LocalDate.of(2029, 6, 30))), "validation.required");
        assertRefused(() -> serviceResult(repair, new RepairForms.ServiceResult(VendorOutcome.REFUSED, "  ", null,
                null)), "validation.required");

        assertThat(taskAt(repair, RepairProcess.AWAIT_SERVICE_CENTRE)).isNotNull();
        assertThat(asset(monitor.inventoryNumber()).serialNumber()).isEqualTo(monitor.serialNumber());
    }

    @Test
    void aRefusedAssetTheItHeadWritesOffIsWrittenOffAReplacementIsAppliedForAndTheLoanerComesBack() {
        AssetSummary laptop = inUseAtTheBranch(EquipmentCategory.LAPTOP);
        AssetSummary spare = spare(EquipmentCategory.LAPTOP);
        RepairView repair = report(SUPPORT, laptop.inventoryNumber());
        dispatch(repair);
        serviceResult(repair, new RepairForms.ServiceResult(VendorOutcome.REFUSED, "Liquid damage", null, null));

        decide(repair, new RepairForms.Decision(OutOfWarrantyDecision.WRITE_OFF, new BigDecimal("4100.00"),
                "Not worth repairing"));

        RepairView writtenOff = current(repair);
        assertThat(writtenOff.writeOffNumber()).startsWith("WOF-");
        assertThat(writtenOff.applicationNumber()).startsWith("APP-");
        assertThat(asset(laptop.inventoryNumber()).status()).isEqualTo(AssetStatus.WRITTEN_OFF);
        RequestView application = context.getBean(RequestRecords.class).view(writtenOff.applicationId());
        assertThat(application.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(application.requesterUsername()).as("the branch holds it: who reported asks").isEqualTo(SUPPORT);
        assertThat(application.total()).isEqualByComparingTo("4100.00");
        assertThat(application.lines().get(0).category()).isEqualTo(EquipmentCategory.LAPTOP);
        assertThat(application.justification()).contains(repair.number(), laptop.inventoryNumber());

        giveBack(repair);

        assertThat(asset(spare.inventoryNumber()).status()).isEqualTo(AssetStatus.IN_STOCK);
        assertThat(current(repair).state()).isEqualTo(RepairState.CLOSED);
        assertThat(current(repair).outcome()).isEqualTo(RepairOutcome.WRITTEN_OFF);
    }

    @Test
    void aPaidRepairIsRecordedOnlyOnceItsApplicationIsApproved() {
        AssetSummary printer = outOfWarrantyAtTheBranch(EquipmentCategory.PRINTER);
        RepairView repair = report(SUPPORT, printer.inventoryNumber());

        decide(repair, new RepairForms.Decision(OutOfWarrantyDecision.PAID_REPAIR, new BigDecimal("350.00"), null));

        RepairView paid = current(repair);
        assertThat(paid.applicationNumber()).startsWith("APP-");
        String task = taskAt(repair, RepairProcess.COMPLETE_PAID_REPAIR);
        assertRefused(() -> as(SUPPORT, () -> {
            tasks.completePaidRepair(task, new RepairForms.Repair(true, "Fuser replaced"));
            return null;
        }), "repair.applicationNotApproved");
        as(SUPPORT, () -> {
            tasks.completePaidRepair(task, new RepairForms.Repair(false, "Shop could not fix it"));
            return null;
        });
        assertThat(taskAt(repair, RepairProcess.DECIDE_OUT_OF_WARRANTY)).isNotNull();
    }

    @Test
    void aDecisionToRepairForMoneyWithoutItsCostIsRefusedOnTheCostField() {
        AssetSummary ups = outOfWarrantyAtTheBranch(EquipmentCategory.UPS);
        RepairView repair = report(SUPPORT, ups.inventoryNumber());

        assertRefused(() -> decide(repair, new RepairForms.Decision(OutOfWarrantyDecision.PAID_REPAIR, null, null)),
                "repair.costRequired");

        assertThat(taskAt(repair, RepairProcess.DECIDE_OUT_OF_WARRANTY)).isNotNull();
    }

    @Test
    void anAssetRepairedInHouseThatNeverLeftItsHolderClosesTheCaseWithNothingToGiveBack() {
        AssetSummary pc = outOfWarrantyAtTheBranch(EquipmentCategory.PC);
        RepairView repair = report(SUPPORT, pc.inventoryNumber());
        decide(repair, new RepairForms.Decision(OutOfWarrantyDecision.REPAIR_IN_HOUSE, null, "Try a new PSU"));

        String task = taskAt(repair, RepairProcess.REPAIR_IN_HOUSE);
        as(SUPPORT, () -> {
            tasks.repairInHouse(task, new RepairForms.Repair(true, "Power supply replaced"));
            return null;
        });

        assertThat(hasOpenTask(repair)).isFalse();
        assertThat(current(repair).outcome()).isEqualTo(RepairOutcome.REPAIRED_IN_HOUSE);
        assertThat(current(repair).state()).isEqualTo(RepairState.CLOSED);
        assertThat(asset(pc.inventoryNumber()).status()).isEqualTo(AssetStatus.IN_USE);
    }

    @Test
    void anAssetStillAwayWhenTheAgreementRunsOutEscalatesToTheHeadOfItSupportAndCountsAsBreached() {
        AssetSummary server = inUseAtTheBranch(EquipmentCategory.SERVER);
        reportedAt(Instant.now().minus(Duration.ofDays(14)).minusSeconds(60));
        RepairView repair = report(SUPPORT, server.inventoryNumber());
        dispatch(repair);

        ClockUtil.reset();
        runJobsOf(repair);

        assertThat(current(repair).breached()).isTrue();
        assertThat(timeline(repair)).contains(RepairEventKind.REMINDED, RepairEventKind.SLA_BREACHED);
        assertThat(taskAt(repair, RepairProcess.AWAIT_SERVICE_CENTRE)).isNotNull();
        assertThat(managementService.createJobQuery()
                .processInstanceId(repairs.findById(repair.id()).orElseThrow().getProcessInstanceId()).count()).isZero();
        Inbox inbox = new Inbox(context.getBean(Notifications.class), people);
        assertThat(inbox.leadingTo("elena.supporthead", Links.repair(repair.id())))
                .extracting(NotificationView::text).singleElement().asString()
                .contains(repair.number(), server.inventoryNumber(), "Dell Service Bucuresti");
        assertThat(inbox.leadingTo(SUPPORT, Links.repair(repair.id()))).extracting(NotificationView::text)
                .anySatisfy(text -> assertThat(text).contains("RMA-77"));
    }
}
