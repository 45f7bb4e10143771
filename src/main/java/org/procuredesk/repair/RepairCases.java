package org.procuredesk.repair;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.EngineActor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Repair cases as people report and follow them: a fault reported on an asset opens a case and starts its warranty
 * repair process in one transaction; the cases are listed and read with their timeline. The UI and the REST API both
 * call it.
 */
@Service
@Validated
@Transactional
public class RepairCases {

    private final RepairCaseRepository repairs;
    private final AssetRepairs assets;
    private final RepairAccess access;
    private final RepairViews views;
    private final RepairJournal journal;
    private final DocumentNumbers numbers;
    private final RepairProperties properties;
    private final RuntimeService runtimeService;
    private final EngineActor engineActor;
    private final Clock clock;

    RepairCases(RepairCaseRepository repairs, AssetRepairs assets, RepairAccess access, RepairViews views,
                RepairJournal journal, DocumentNumbers numbers, RepairProperties properties,
                RuntimeService runtimeService, EngineActor engineActor, Clock clock) {
        this.repairs = repairs;
        this.assets = assets;
        this.access = access;
        this.views = views;
        this.journal = journal;
        this.numbers = numbers;
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.engineActor = engineActor;
        this.clock = clock;
    }

    /**
     * Reports a fault: IT support on any asset, anyone else on an asset they hold. Refused, with nothing recorded, for
     * an unknown or written-off asset, and for one whose case is still open.
     */
    @PreAuthorize("isAuthenticated()")
    public RepairView report(@Valid RepairForms.FaultReport report) {
        String reporter = CurrentUser.username();
        AssetSummary asset = assets.identify(report.asset());
        if (!asset.holder().equals(Holder.employee(reporter)) && !access.reportsForAnyone(reporter)) {
            throw DomainException.ofField("asset", "repair.notYourAsset", asset.inventoryNumber());
        }
        if (asset.status() == AssetStatus.WRITTEN_OFF) {
            throw DomainException.ofField("asset", "asset.writtenOff", asset.inventoryNumber());
        }
        repairs.findByOpenAssetId(asset.id()).ifPresent(open -> {
            throw alreadyOpen(asset, open.getNumber());
        });
        RepairCase repair = open(new RepairCase(numbers.next(RepairProcess.SERIES), asset, report.symptoms().strip(),
                report.urgency(), reporter, clock.instant(), properties.slaDaysOf(asset.category())), asset);
        journal.record(repair, reporter, RepairEventKind.REPORTED, repair.getSymptoms());
        repair.startedAs(engineActor.as(reporter, () -> runtimeService.startProcessInstanceByKey(RepairProcess.KEY,
                repair.getNumber(), Map.of(RepairProcess.VAR_REPAIR_ID, repair.getId()))).getId());
        return views.view(repair);
    }

    /** Every case, newest first, to those who see every case; otherwise the cases one reported or whose asset one holds. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RepairView> list() {
        String username = CurrentUser.username();
        return views.views(access.seesAll(username) ? repairs.findAllByOrderByReportedAtDescIdDesc()
                : repairs.involving(username));
    }

    /** One case, to whoever may see it; to anyone else it does not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RepairView get(long repairId) {
        return views.view(access.readable(repairId, CurrentUser.username()));
    }

    /** What happened to the case, oldest first, to whoever may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RepairEventView> timeline(long repairId) {
        return journal.timeline(access.readable(repairId, CurrentUser.username()).getId());
    }

    /** Saved at once, so that a second open case of the asset, saved meanwhile, is refused here and not at commit. */
    private RepairCase open(RepairCase repair, AssetSummary asset) {
        try {
            return repairs.saveAndFlush(repair);
        } catch (DataIntegrityViolationException openedMeanwhile) {
            throw alreadyOpen(asset, "");
        }
    }

    private static DomainException alreadyOpen(AssetSummary asset, String caseNumber) {
        return DomainException.ofField("asset", "repair.alreadyOpen", asset.inventoryNumber(), caseNumber);
    }
}
