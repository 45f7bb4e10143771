package org.procuredesk.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.Role;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DocumentNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the warranty repair model's steps do ({@code ${repairSteps.checkWarranty(repairId)}} and the like): check the
 * warranty, lend a spare, chase the service centre, file applications, write off, and close the case.
 */
@Component("repairSteps")
@Transactional
public class RepairSteps {

    private final RepairCaseRepository repairs;
    private final AssetRepairs assets;
    private final AssetRegister register;
    private final RepairPlaces places;
    private final RepairApplications applications;
    private final RepairJournal journal;
    private final Notifications notifications;
    private final DocumentNumbers numbers;
    private final RepairProperties properties;
    private final Clock clock;

    RepairSteps(RepairCaseRepository repairs, AssetRepairs assets, AssetRegister register, RepairPlaces places,
                RepairApplications applications, RepairJournal journal, Notifications notifications,
                DocumentNumbers numbers, RepairProperties properties, Clock clock) {
        this.repairs = repairs;
        this.assets = assets;
        this.register = register;
        this.places = places;
        this.applications = applications;
        this.journal = journal;
        this.notifications = notifications;
        this.numbers = numbers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Whether the warranty covers the fault: the day it was reported, in the company's time zone, is on or before the
     * last day of the vendor's warranty or of an extension bought for the asset.
     */
    public boolean checkWarranty(Long repairId) {
        RepairCase repair = repair(repairId);
        AssetSummary asset = asset(repair);
        LocalDate reportedOn = LocalDate.ofInstant(repair.getReportedAt(), clock.getZone());
        boolean covered = Warranty.covers(asset.warrantyEnd(), reportedOn);
        repair.warrantyChecked(asset.warrantyEnd(), covered);
        if (asset.warrantyEnd() == null) {
            journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.NO_WARRANTY, "");
        } else {
            journal.record(repair, RepairJournal.SYSTEM, covered ? RepairEventKind.UNDER_WARRANTY
                    : RepairEventKind.OUT_OF_WARRANTY, asset.warrantyEnd().toString());
        }
        return covered;
    }

    /** Whether a spare can be lent: an employee or branch holds the asset, and its warehouse has one of the category. */
    public boolean lookForSpare(Long repairId) {
        RepairCase repair = repair(repairId);
        boolean found = repair.holder().kind() != HolderKind.WAREHOUSE
                && assets.spareInStock(repair.getCategory(), places.warehouseFor(repair.holder()));
        if (!found) {
            journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.NO_SPARE, repair.getCategory().name());
        }
        return found;
    }

    /** Lends the spare to the asset's holder on a movement document; nothing when it was taken meanwhile. */
    public void issueLoaner(Long repairId) {
        RepairCase repair = repair(repairId);
        assets.lendSpare(repair.getCategory(), places.warehouseFor(repair.holder()), repair.holder(),
                        repair.getNumber(), RepairJournal.SYSTEM)
                .ifPresentOrElse(document -> lent(repair, document),
                        () -> journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.NO_SPARE,
                                repair.getCategory().name()));
    }

    private void lent(RepairCase repair, MovementDocumentView document) {
        String loaner = document.lines().get(0).inventoryNumber();
        repair.lent(assets.identify(loaner).id(), loaner);
        journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.LOANER_ISSUED, loaner + " " + document.number());
    }

    /** @param state a {@link RepairState} name */
    public void moveTo(Long repairId, String state) {
        repair(repairId).moveTo(RepairState.valueOf(state));
    }

    /** When the agreed days to restore the asset run out. */
    public Date slaDueAt(Long repairId) {
        return Date.from(repair(repairId).getSlaDueAt());
    }

    /** When IT support is reminded to chase the service centre: some days before the agreement runs out. */
    public Date reminderAt(Long repairId) {
        return Date.from(repair(repairId).getSlaDueAt().minus(Duration.ofDays(properties.reminderDaysBefore())));
    }

    public void remind(Long repairId) {
        RepairCase repair = repair(repairId);
        notifications.notifyRole(Role.IT_SUPPORT.name(), NotificationKind.REMINDER, Links.repair(repairId),
                "notice.repairDueSoon", repair.getNumber(), repair.getInventoryNumber(), repair.getServiceCentre(),
                repair.getRmaNumber(), repair.getSlaDueAt());
        journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.REMINDED, "");
    }

    /** The agreement ran out with the asset still away: the head of IT support is told, the case counts as breached. */
    public void escalate(Long repairId) {
        RepairCase repair = repair(repairId);
        repair.breachedSla();
        notifications.notifyRole(Role.IT_SUPPORT_HEAD.name(), NotificationKind.ESCALATION, Links.repair(repairId),
                "notice.repairSlaBreached", repair.getNumber(), repair.getInventoryNumber(),
                repair.getServiceCentre(), repair.getSlaDueAt());
        journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.SLA_BREACHED, "");
    }

    /** Files the Application to IT that pays for the repair, linked to the case. */
    public void fileRepairApplication(Long repairId) {
        RepairCase repair = repair(repairId);
        linked(repair, applications.paidRepair(repair, asset(repair)));
    }

    /** Writes the asset off on a numbered act and files the Application to IT for its replacement, linked to the case. */
    public void writeOffAndReplace(Long repairId) {
        RepairCase repair = repair(repairId);
        AssetSummary asset = asset(repair);
        register.writeOff(asset.inventoryNumber());
        repair.writtenOff(numbers.next(RepairProcess.WRITE_OFF_SERIES));
        journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.WRITTEN_OFF, repair.getWriteOffNumber());
        linked(repair, applications.replacement(repair, asset));
    }

    private void linked(RepairCase repair, RequestView application) {
        repair.applicationFiled(application.id(), application.number());
        journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.APPLICATION_FILED, application.number());
    }

    /** Whether anything goes back: the asset, away for repair (a written-off one is not), or a loaner. */
    public boolean somethingToGiveBack(Long repairId) {
        RepairCase repair = repair(repairId);
        return repair.getLoanerInventoryNumber() != null || asset(repair).status() == AssetStatus.IN_REPAIR;
    }

    /** Closes the case: the asset is free for its next one; closed late, the case breached its agreement. */
    public void close(Long repairId) {
        RepairCase repair = repair(repairId);
        repair.close(clock.instant());
        journal.record(repair, RepairJournal.SYSTEM, RepairEventKind.CLOSED,
                repair.getOutcome() == null ? "" : repair.getOutcome().name());
    }

    private RepairCase repair(Long repairId) {
        return repairs.findById(repairId).orElseThrow();
    }

    private AssetSummary asset(RepairCase repair) {
        return assets.identify(repair.getInventoryNumber());
    }
}
