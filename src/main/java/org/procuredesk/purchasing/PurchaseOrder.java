package org.procuredesk.purchasing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What IT support ordered for an application: from which supplier, under which order number, due when,
 * at what actual prices. An order the IT head sends back is cancelled and a new one placed; its record stays.
 */
@Entity
@Table(name = "purchase_order")
class PurchaseOrder {

    enum Status { PLACED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(nullable = false, length = 200)
    private String supplier;

    @Column(name = "order_number", nullable = false, length = 64)
    private String orderNumber;

    @Column(name = "expected_delivery", nullable = false)
    private LocalDate expectedDelivery;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal total;

    @Column(name = "approved_total", nullable = false, precision = 15, scale = 2)
    private BigDecimal approvedTotal;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PLACED;

    protected PurchaseOrder() {
    }

    PurchaseOrder(Long requestId, OrderForm form, List<OrderLine> lines, BigDecimal approvedTotal, String placedBy,
                  Instant placedAt) {
        this.requestId = requestId;
        this.supplier = form.supplier().trim();
        this.orderNumber = form.orderNumber().trim();
        this.expectedDelivery = form.expectedDelivery();
        this.lines = new ArrayList<>(lines);
        this.total = lines.stream().map(OrderLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.approvedTotal = approvedTotal;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    LocalDate getExpectedDelivery() {
        return expectedDelivery;
    }

    String getSupplier() {
        return supplier;
    }

    String getOrderNumber() {
        return orderNumber;
    }

    List<OrderLine> getLines() {
        return lines;
    }

    BigDecimal getTotal() {
        return total;
    }

    BigDecimal getApprovedTotal() {
        return approvedTotal;
    }

    PurchaseOrderView view() {
        return new PurchaseOrderView(id, supplier, orderNumber, expectedDelivery,
                lines.stream().map(OrderLine::unitPrice).toList(), total, approvedTotal, placedBy, placedAt,
                status == Status.CANCELLED);
    }
}
