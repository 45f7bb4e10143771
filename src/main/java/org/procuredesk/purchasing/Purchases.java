package org.procuredesk.purchasing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.PurchaseRequestService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was ordered, received and handed over for an application, to whoever may read the application
 * (its requester, whoever an open task of it is offered to, and the roles that oversee applications).
 */
@Service
@Transactional(readOnly = true)
public class Purchases {

    private final PurchaseRequestService requests;
    private final PurchaseOrderRepository orders;
    private final GoodsReceiptRepository receipts;
    private final HandoverRepository handovers;
    private final AssetRegister assetRegister;
    private final PeopleDirectory peopleDirectory;

    Purchases(PurchaseRequestService requests, PurchaseOrderRepository orders, GoodsReceiptRepository receipts,
              HandoverRepository handovers, AssetRegister assetRegister, PeopleDirectory peopleDirectory) {
        this.requests = requests;
        this.orders = orders;
        this.receipts = receipts;
        this.handovers = handovers;
        this.assetRegister = assetRegister;
        this.peopleDirectory = peopleDirectory;
    }

    /** Every order placed for the application, oldest first; all but the last one cancelled. */
    @PreAuthorize("isAuthenticated()")
    public List<PurchaseOrderView> ordersOf(Long requestId) {
        requests.get(requestId);
        return orders.findByRequestIdOrderByIdAsc(requestId).stream().map(PurchaseOrder::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<GoodsReceiptView> receiptOf(Long requestId) {
        requests.get(requestId);
        return receipts.findFirstByRequestIdOrderByIdDesc(requestId).map(receipt -> receipt.view(
                orders.findById(receipt.getOrderId()).map(PurchaseOrder::getSupplier).orElse(""),
                peopleDirectory.warehouseName(receipt.getWarehouseId()).orElse(""),
                peopleDirectory.nameOf(receipt.getReceivedBy())));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<HandoverView> handoverOf(Long requestId) {
        requests.get(requestId);
        return handovers.findByRequestId(requestId).map(handover -> handover.view(
                peopleDirectory.nameOf(handover.handedOverBy())));
    }

    /** The movement document the application's items were handed over under. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MovementDocumentView> handoverMovementOf(Long requestId) {
        return handoverOf(requestId).flatMap(handover -> assetRegister.movement(handover.movementNumber()));
    }

    /** The total of the order in force, for the IT head's decision on its overrun; no access check. */
    public Optional<BigDecimal> currentOrderTotal(Long requestId) {
        return orders.findFirstByRequestIdAndStatusOrderByIdDesc(requestId, PurchaseOrder.Status.PLACED)
                .map(PurchaseOrder::getTotal);
    }
}
