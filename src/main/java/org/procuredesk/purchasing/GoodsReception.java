package org.procuredesk.purchasing;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DocumentNumbers;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The warehouse keeper receives what was ordered (step 8): one receipt document, numbered, and every unit
 * registered as an asset in stock at the delivery branch's IT warehouse, kept for the application.
 */
@Service
@Validated
@Transactional
public class GoodsReception {

    private static final String RECEIPT_SERIES = "REC";

    private final TaskActions taskActions;
    private final RequestRecords records;
    private final PurchaseOrderRepository orders;
    private final GoodsReceiptRepository receipts;
    private final ReceivedUnits receivedUnits;
    private final AssetRegister assetRegister;
    private final PeopleDirectory peopleDirectory;
    private final DocumentNumbers documentNumbers;
    private final Clock clock;

    GoodsReception(TaskActions taskActions, RequestRecords records,
                   PurchaseOrderRepository orders, GoodsReceiptRepository receipts, ReceivedUnits receivedUnits,
                   AssetRegister assetRegister, PeopleDirectory peopleDirectory, DocumentNumbers documentNumbers,
                   Clock clock) {
        this.taskActions = taskActions;
        this.records = records;
        this.orders = orders;
        this.receipts = receipts;
        this.receivedUnits = receivedUnits;
        this.assetRegister = assetRegister;
        this.peopleDirectory = peopleDirectory;
        this.documentNumbers = documentNumbers;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('WAREHOUSE')")
    public String receiveGoods(String taskId, @Valid ReceiptForm form) {
        String me = CurrentUser.username();
        Task task = taskActions.actionable(taskId, me, Set.of(ApplicationToItProcess.RECEIVE_GOODS));
        if (form.receiptDate().isAfter(LocalDate.now(clock))) {
            throw DomainException.ofField("receiptDate", "receipt.dateInTheFuture");
        }
        RequestView request = records.view((Long) taskActions.processVariable(task, ApplicationToItProcess.VAR_REQUEST_ID));
        PurchaseOrder order = orders.findFirstByRequestIdAndStatusOrderByIdDesc(request.id(), PurchaseOrder.Status.PLACED)
                .orElseThrow(() -> new DomainException("order.notFound", request.number()));
        long warehouseId = peopleDirectory.warehouseOfBranch(request.deliveryBranchId())
                .orElseThrow(() -> new DomainException("receipt.noWarehouse"));
        String number = documentNumbers.next(RECEIPT_SERIES);
        List<AssetSummary> assets = assetRegister.registerReceived(request.id(), warehouseId,
                receivedUnits.assets(request, order, form, number));
        receipts.save(new GoodsReceipt(number, order, form.supplierDocument().trim(), form.receiptDate(), warehouseId,
                me, clock.instant(), receivedUnits.items(request, order, form, assets)));
        records.moveTo(request.id(), RequestStatus.RECEIVED);
        taskActions.complete(task, me, null, Map.of());
        return number;
    }
}
