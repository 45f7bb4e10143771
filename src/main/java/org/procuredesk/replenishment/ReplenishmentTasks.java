package org.procuredesk.replenishment;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.stock.StockDocumentView;
import org.procuredesk.stock.StockForms;
import org.procuredesk.stock.StockLedger;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The replenishment's tasks, each for whoever may act on it: the IT head approves, IT support orders, the warehouse
 * receives. What a task records is kept on the replenishment in the transaction that completes the task.
 */
@Service
@Validated
@Transactional
public class ReplenishmentTasks {

    private static final Set<String> STEPS = Set.of(ReplenishmentProcess.APPROVE, ReplenishmentProcess.ORDER,
            ReplenishmentProcess.RECEIVE);

    private final TaskActions taskActions;
    private final ReplenishmentRepository replenishments;
    private final Replenishments views;
    private final StockLedger ledger;
    private final Clock clock;

    ReplenishmentTasks(TaskActions taskActions, ReplenishmentRepository replenishments, Replenishments views,
                       StockLedger ledger, Clock clock) {
        this.taskActions = taskActions;
        this.replenishments = replenishments;
        this.views = views;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The replenishment a task is about, for the task's form. */
    @PreAuthorize("hasAnyRole('IT_HEAD', 'IT_SUPPORT', 'WAREHOUSE')")
    @Transactional(readOnly = true)
    public ReplenishmentView replenishmentOf(String taskId) {
        return views.view(replenishmentOf(taskActions.actionable(taskId, CurrentUser.username(), STEPS)));
    }

    @PreAuthorize("hasRole('IT_HEAD')")
    public void decide(String taskId, @Valid ReplenishmentForms.Decision decision) {
        String comment = decision.comment() == null ? null : decision.comment().strip();
        if (!decision.approved() && (comment == null || comment.isEmpty())) {
            throw DomainException.ofField("comment", "replenishment.rejectionNeedsComment");
        }
        Task task = task(taskId, ReplenishmentProcess.APPROVE);
        replenishmentOf(task).decided(comment, clock.instant());
        complete(task, comment, Map.of(ReplenishmentProcess.VAR_APPROVED, decision.approved()));
    }

    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void order(String taskId, @Valid ReplenishmentForms.Order order) {
        if (order.expectedDelivery().isBefore(LocalDate.now(clock))) {
            throw DomainException.ofField("expectedDelivery", "replenishment.deliveryInThePast");
        }
        Task task = task(taskId, ReplenishmentProcess.ORDER);
        replenishmentOf(task).ordered(order.supplier().strip(), order.supplierOrderReference().strip(),
                order.expectedDelivery(), clock.instant());
        complete(task, null, Map.of());
    }

    /** Records the stock receipt document that raises the warehouse's stock by what arrived. */
    @PreAuthorize("hasRole('WAREHOUSE')")
    public StockDocumentView receive(String taskId, @Valid ReplenishmentForms.Receipt receipt) {
        Task task = task(taskId, ReplenishmentProcess.RECEIVE);
        Replenishment replenishment = replenishmentOf(task);
        ReplenishmentView view = views.view(replenishment);
        StockDocumentView document = ledger.receive(new StockForms.Receipt(replenishment.getWarehouseId(),
                List.of(new StockForms.Line(view.sku(), receipt.quantity())), replenishment.getNumber()));
        replenishment.received(receipt.quantity(), document.number(), clock.instant());
        complete(task, null, Map.of());
        return document;
    }

    private Task task(String taskId, String step) {
        return taskActions.actionable(taskId, CurrentUser.username(), Set.of(step));
    }

    private Replenishment replenishmentOf(Task task) {
        return replenishments.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
    }

    private void complete(Task task, String comment, Map<String, Object> variables) {
        replenishments.flush();
        taskActions.complete(task, CurrentUser.username(), comment, variables);
    }
}
