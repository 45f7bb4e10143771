package org.procuredesk.purchasing;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * IT support hands the items kept for an application to its requester under one movement document, warehouse
 * to employee (step 9); the requester confirms receipt, or after 5 working days it counts as confirmed
 * ({@code ${handovers.confirmedAutomatically(execution)}} on the model's timer).
 */
@Service("handovers")
@Validated
@Transactional
public class Handovers {

    static final String MOVEMENT_REASON = "Application to IT %s";

    private final TaskActions taskActions;
    private final RequestRecords records;
    private final AssetRegister assetRegister;
    private final HandoverRepository handovers;
    private final Clock clock;

    Handovers(TaskActions taskActions, RequestRecords records, AssetRegister assetRegister,
              HandoverRepository handovers, Clock clock) {
        this.taskActions = taskActions;
        this.records = records;
        this.assetRegister = assetRegister;
        this.handovers = handovers;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('IT_SUPPORT')")
    public String handOver(String taskId, @Size(max = 2000, message = "{validation.tooLong}") String note) {
        String me = CurrentUser.username();
        Task task = taskActions.actionable(taskId, me, Set.of(ApplicationToItProcess.HAND_OVER));
        RequestView request = records.view(requestId(task));
        MovementDocumentView movement = assetRegister.issueReservedTo(request.id(), request.requesterUsername(),
                MOVEMENT_REASON.formatted(request.number()), me);
        handovers.save(new Handover(request.id(), movement.number(), me, clock.instant(),
                note == null || note.isBlank() ? null : note.trim()));
        taskActions.complete(task, me, note, Map.of());
        return movement.number();
    }

    @PreAuthorize("isAuthenticated()")
    public void confirmReceipt(String taskId) {
        String me = CurrentUser.username();
        Task task = taskActions.actionable(taskId, me, Set.of(ApplicationToItProcess.CONFIRM_RECEIPT));
        handover(requestId(task)).confirm(clock.instant(), false);
        taskActions.complete(task, me, null, Map.of());
    }

    /** The requester did not answer within 5 working days: receipt counts as confirmed. */
    public void confirmedAutomatically(DelegateExecution execution) {
        handover((Long) execution.getVariable(ApplicationToItProcess.VAR_REQUEST_ID)).confirm(clock.instant(), true);
    }

    private Long requestId(Task task) {
        return (Long) taskActions.processVariable(task, ApplicationToItProcess.VAR_REQUEST_ID);
    }

    private Handover handover(Long requestId) {
        return handovers.findByRequestId(requestId)
                .orElseThrow(() -> new DomainException("handover.notFound", String.valueOf(requestId)));
    }
}
