package org.procuredesk.purchasing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * The warehouse keeper's receipt document: what arrived for an application, against which supplier
 * document, into which warehouse, with each item's serial number, warranty and the inventory number it
 * was given. Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "goods_receipt")
class GoodsReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "supplier_document", nullable = false, length = 64)
    private String supplierDocument;

    @Column(name = "receipt_date", nullable = false)
    private LocalDate receiptDate;

    @Column(name = "warehouse_id", nullable = false)
    private Long warehouseId;

    @Column(name = "received_by", nullable = false, length = 64)
    private String receivedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "goods_receipt_item", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "item_no")
    private List<ReceiptItem> items = new ArrayList<>();

    protected GoodsReceipt() {
    }

    GoodsReceipt(String number, PurchaseOrder order, String supplierDocument, LocalDate receiptDate,
                 Long warehouseId, String receivedBy, Instant recordedAt, List<ReceiptItem> items) {
        this.number = number;
        this.requestId = order.getRequestId();
        this.orderId = order.getId();
        this.supplierDocument = supplierDocument;
        this.receiptDate = receiptDate;
        this.warehouseId = warehouseId;
        this.receivedBy = receivedBy;
        this.recordedAt = recordedAt;
        this.items = new ArrayList<>(items);
    }

    GoodsReceiptView view(String supplier, String warehouseName, String receivedByName) {
        return new GoodsReceiptView(number, requestId, supplier, supplierDocument, receiptDate, warehouseName,
                receivedBy, receivedByName, recordedAt, List.copyOf(items));
    }

    Long getOrderId() {
        return orderId;
    }

    Long getWarehouseId() {
        return warehouseId;
    }

    String getReceivedBy() {
        return receivedBy;
    }
}
