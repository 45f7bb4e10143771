package org.procuredesk.replenishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.procuredesk.stock.StockPosition;

/**
 * A replenishment order of one consumable for one warehouse. While it is open its {@code openKey} holds the item and
 * warehouse, which the database keeps unique: a second open replenishment of the same pair cannot be saved.
 */
@Entity
@Table(name = "replenishment")
class Replenishment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private long warehouseId;

    private String openKey;

    @Enumerated(EnumType.STRING)
    private ReplenishmentState state;

    private Integer quantity;
    private BigDecimal unitPrice;
    private BigDecimal orderValue;
    private boolean urgent;
    private String supplier;
    private String supplierOrderReference;
    private LocalDate expectedDelivery;
    private Integer receivedQuantity;
    private String receiptDocumentNumber;
    private String decisionComment;

    @Column(nullable = false, updatable = false)
    private String requestedBy;

    private String processInstanceId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected Replenishment() {
    }

    Replenishment(String number, long itemId, long warehouseId, String requestedBy, Instant now) {
        this.number = number;
        this.itemId = itemId;
        this.warehouseId = warehouseId;
        this.openKey = openKey(itemId, warehouseId);
        this.state = ReplenishmentState.NEW;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String openKey(long itemId, long warehouseId) {
        return itemId + "-" + warehouseId;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** What to order and whether it is urgent; its value is the quantity at the unit price. */
    void compute(int orderQuantity, BigDecimal price, boolean isUrgent, String preferredSupplier, Instant now) {
        this.quantity = orderQuantity;
        this.unitPrice = price;
        this.orderValue = price.multiply(BigDecimal.valueOf(orderQuantity)).setScale(2, RoundingMode.HALF_UP);
        this.urgent = isUrgent;
        this.supplier = preferredSupplier;
        this.updatedAt = now;
    }

    void decided(String comment, Instant now) {
        this.decisionComment = comment;
        this.updatedAt = now;
    }

    void ordered(String orderedFrom, String reference, LocalDate expected, Instant now) {
        this.supplier = orderedFrom;
        this.supplierOrderReference = reference;
        this.expectedDelivery = expected;
        moveTo(ReplenishmentState.ORDERED, now);
    }

    void received(int quantityReceived, String documentNumber, Instant now) {
        this.receivedQuantity = quantityReceived;
        this.receiptDocumentNumber = documentNumber;
        moveTo(ReplenishmentState.RECEIVED, now);
    }

    /** Once it ends, the item and warehouse are free for the next replenishment. */
    void moveTo(ReplenishmentState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
        if (!next.isOpen()) {
            this.openKey = null;
        }
    }

    ReplenishmentView view(StockPosition item) {
        return new ReplenishmentView(number, item.sku(), item.name(), item.unit(), warehouseId, item.warehouseName(),
                state, quantity, unitPrice, orderValue, urgent, supplier, supplierOrderReference, expectedDelivery,
                receivedQuantity, receiptDocumentNumber, decisionComment, requestedBy, createdAt, updatedAt);
    }

    Long getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    long getItemId() {
        return itemId;
    }

    long getWarehouseId() {
        return warehouseId;
    }

    ReplenishmentState getState() {
        return state;
    }

    Integer getQuantity() {
        return quantity;
    }

    BigDecimal getOrderValue() {
        return orderValue;
    }

    boolean isUrgent() {
        return urgent;
    }

    String getSupplier() {
        return supplier;
    }

    String getSupplierOrderReference() {
        return supplierOrderReference;
    }

    LocalDate getExpectedDelivery() {
        return expectedDelivery;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
