package org.procuredesk.repair;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.inventory.AssetRepairs;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The repair's tasks, each for whoever may act on it: IT support dispatches, records the service centre's outcome,
 * repairs and gives back; the IT head decides for an asset out of warranty. What a task records is kept on the case,
 * its timeline and the register in the transaction that completes the task.
 */
@Service
@Validated
@Transactional
public class RepairTasks {

    private static final Set<String> STEPS = Set.of(RepairProcess.PREPARE_DISPATCH,
            RepairProcess.AWAIT_SERVICE_CENTRE, RepairProcess.DECIDE_OUT_OF_WARRANTY, RepairProcess.REPAIR_IN_HOUSE,
            RepairProcess.COMPLETE_PAID_REPAIR, RepairProcess.RETURN_EQUIPMENT);

    private final TaskActions taskActions;
    private final RepairCaseRepository repairs;
    private final RepairViews views;
    private final RepairJournal journal;
    private final AssetRepairs assets;
    private final RepairPlaces places;
    private final RequestRecords applications;
    private final DocumentNumbers numbers;
    private final Clock clock;

    RepairTasks(TaskActions taskActions, RepairCaseRepository repairs, RepairViews views, RepairJournal journal,
                AssetRepairs assets, RepairPlaces places, RequestRecords applications, DocumentNumbers numbers,
                Clock clock) {
        this.taskActions = taskActions;
        this.repairs = repairs;
        this.views = views;
        this.journal = journal;
        this.assets = assets;
        this.places = places;
        this.applications = applications;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** The case a task is about, for the task's form. */
    @PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_HEAD')")
    @Transactional(readOnly = true)
    public RepairView repairOf(String taskId) {
        return views.view(repairOf(taskActions.actionable(taskId, CurrentUser.username(), STEPS)));
    }

    /**
     * Sends the asset to the service centre on a numbered dispatch note: taken in at its branch's warehouse (on a
     * movement document unless it is there) and away for repair until it comes back.
     */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public RepairView dispatch(String taskId, @Valid RepairForms.Dispatch dispatch) {
        Task task = task(taskId, RepairProcess.PREPARE_DISPATCH);
        RepairCase repair = repairOf(task);
        String me = CurrentUser.username();
        String takenIn = assets.takeIn(repair.getInventoryNumber(), places.warehouseFor(repair.holder()),
                repair.getNumber(), me).map(MovementDocumentView::number).orElse(null);
        repair.dispatched(dispatch.serviceCentre().strip(), dispatch.rmaNumber().strip(),
                numbers.next(RepairProcess.DISPATCH_SERIES), takenIn, clock.instant());
        RepairView view = views.view(repair);
        journal.record(repair, me, RepairEventKind.DISPATCHED, String.join(" ", view.dispatchNumber(),
                view.serviceCentre(), view.rmaNumber()));
        if (takenIn != null) {
            journal.record(repair, me, RepairEventKind.TAKEN_IN, takenIn);
        }
        complete(task, Map.of());
        return view;
    }

    /**
     * What the service centre did: repaired it; replaced it, under the new unit's serial number and warranty; or
     * refused it, saying why, which leaves the case to the IT head.
     */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void recordServiceResult(String taskId, @Valid RepairForms.ServiceResult result) {
        Task task = task(taskId, RepairProcess.AWAIT_SERVICE_CENTRE);
        RepairCase repair = repairOf(task);
        String note = Notes.strip(result.note());
        String me = CurrentUser.username();
        switch (result.outcome()) {
            case REPAIRED -> {
                repair.ended(RepairOutcome.REPAIRED_BY_VENDOR, note);
                journal.record(repair, me, RepairEventKind.VENDOR_REPAIRED, Notes.orEmpty(note));
            }
            case REPLACED -> {
                if (result.replacementWarrantyUntil() == null) {
                    throw DomainException.ofField("replacementWarrantyUntil", "validation.required");
                }
                String serial = assets.replaceUnit(repair.getInventoryNumber(), result.replacementSerialNumber(),
                        result.replacementWarrantyUntil()).serialNumber();
                repair.ended(RepairOutcome.REPLACED_BY_VENDOR, note);
                repair.unitReplaced(serial);
                journal.record(repair, me, RepairEventKind.VENDOR_REPLACED, serial);
            }
            case REFUSED -> {
                repair.noted(Notes.required(note, "note"));
                journal.record(repair, me, RepairEventKind.VENDOR_REFUSED, note);
            }
        }
        complete(task, Map.of(RepairProcess.VAR_SERVICE_OUTCOME, result.outcome().name()));
    }

    /** The IT head's choice for an asset out of warranty; a paid repair or a replacement names its estimated cost. */
    @PreAuthorize("hasRole('IT_HEAD')")
    public void decide(String taskId, @Valid RepairForms.Decision decision) {
        Task task = task(taskId, RepairProcess.DECIDE_OUT_OF_WARRANTY);
        BigDecimal cost = decision.estimatedCost();
        if (decision.decision() != OutOfWarrantyDecision.REPAIR_IN_HOUSE && cost == null) {
            throw DomainException.ofField("estimatedCost", "repair.costRequired");
        }
        RepairCase repair = repairOf(task);
        String comment = Notes.strip(decision.comment());
        repair.decided(decision.decision(), decision.decision() == OutOfWarrantyDecision.REPAIR_IN_HOUSE ? null : cost,
                comment);
        journal.record(repair, CurrentUser.username(), RepairEventKind.DECIDED,
                decision.decision().name() + (comment == null ? "" : " " + comment));
        complete(task, Map.of(RepairProcess.VAR_DECISION, decision.decision().name()));
    }

    /** IT support repaired the asset in house, or could not, which leaves it to the IT head again. */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void repairInHouse(String taskId, @Valid RepairForms.Repair repair) {
        Task task = task(taskId, RepairProcess.REPAIR_IN_HOUSE);
        repaired(task, repairOf(task), repair, RepairOutcome.REPAIRED_IN_HOUSE, RepairEventKind.REPAIRED_IN_HOUSE);
    }

    /**
     * The paid repair is done, once its application was approved; or it did not restore the asset, which leaves it to
     * the IT head again.
     */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void completePaidRepair(String taskId, @Valid RepairForms.Repair repair) {
        Task task = task(taskId, RepairProcess.COMPLETE_PAID_REPAIR);
        RepairCase paid = repairOf(task);
        if (repair.repaired() && paid.getApplicationId() != null
                && !applications.view(paid.getApplicationId()).status().isApproved()) {
            throw DomainException.ofField("repaired", "repair.applicationNotApproved",
                    paid.getApplicationNumber());
        }
        repaired(task, paid, repair, RepairOutcome.REPAIRED_PAID, RepairEventKind.PAID_REPAIR_DONE);
    }

    private void repaired(Task task, RepairCase repairCase, RepairForms.Repair repair, RepairOutcome outcome,
                          RepairEventKind done) {
        String note = repair.note().strip();
        if (repair.repaired()) {
            repairCase.ended(outcome, note);
        } else {
            repairCase.noted(note);
        }
        journal.record(repairCase, CurrentUser.username(), repair.repaired() ? done
                : RepairEventKind.NOT_REPAIRED, note);
        complete(task, Map.of(RepairProcess.VAR_REPAIRED, repair.repaired()));
    }

    /**
     * Gives the repaired or replaced asset back to its holder and takes the loaner back into the warehouse, each on a
     * movement document.
     */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void giveBack(String taskId) {
        Task task = task(taskId, RepairProcess.RETURN_EQUIPMENT);
        RepairCase repair = repairOf(task);
        String me = CurrentUser.username();
        if (assets.identify(repair.getInventoryNumber()).status() == AssetStatus.IN_REPAIR) {
            String document = assets.giveBack(repair.getInventoryNumber(), repair.holder(), repair.getNumber(), me)
                    .map(MovementDocumentView::number).orElse("");
            journal.record(repair, me, RepairEventKind.GIVEN_BACK, document);
        }
        if (repair.getLoanerInventoryNumber() != null) {
            Holder warehouse = Holder.warehouse(places.warehouseFor(repair.holder()));
            String document = assets.giveBack(repair.getLoanerInventoryNumber(), warehouse, repair.getNumber(), me)
                    .map(MovementDocumentView::number).orElse("");
            journal.record(repair, me, RepairEventKind.LOANER_RETURNED,
                    repair.getLoanerInventoryNumber() + " " + document);
        }
        complete(task, Map.of());
    }

    private Task task(String taskId, String step) {
        return taskActions.actionable(taskId, CurrentUser.username(), Set.of(step));
    }

    private RepairCase repairOf(Task task) {
        return repairs.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
    }

    private void complete(Task task, Map<String, Object> variables) {
        repairs.flush();
        taskActions.complete(task, CurrentUser.username(), null, variables);
    }
}
