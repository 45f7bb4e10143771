package org.procuredesk.request;

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
 * An "Application to IT": what an employee asks IT to buy, why and by when. A draft may be
 * incomplete; submission checks it whole. Its number (given at submission, never reused) is the
 * business key of its process; its department is the cost centre.
 */
@Entity
@Table(name = "purchase_request")
public class PurchaseRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(unique = true, length = 20)
    private String number;

    @Column(name = "requester_username", nullable = false, length = 64)
    private String requesterUsername;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "delivery_branch_id")
    private Long deliveryBranchId;

    @Column(length = 2000)
    private String justification;

    @Column(name = "needed_by")
    private LocalDate neededBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestStatus status = RequestStatus.DRAFT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_line", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "line_no")
    private List<RequestLine> lines = new ArrayList<>();

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected PurchaseRequest() {
    }

    PurchaseRequest(String requesterUsername, Long departmentId, Instant createdAt) {
        this.requesterUsername = requesterUsername;
        this.departmentId = departmentId;
        this.createdAt = createdAt;
    }

    void fill(Long deliveryBranchId, String justification, LocalDate neededBy, Urgency urgency,
              List<RequestLine> newLines) {
        this.deliveryBranchId = deliveryBranchId;
        this.justification = justification;
        this.neededBy = neededBy;
        this.urgency = urgency;
        this.lines.clear();
        this.lines.addAll(newLines);
        this.total = newLines.stream().map(RequestLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void submitted(String number, Instant at) {
        this.number = number;
        this.submittedAt = at;
        this.status = RequestStatus.SUBMITTED;
    }

    void resubmitted() {
        this.status = RequestStatus.SUBMITTED;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(RequestStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getRequesterUsername() {
        return requesterUsername;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getDeliveryBranchId() {
        return deliveryBranchId;
    }

    public String getJustification() {
        return justification;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public List<RequestLine> getLines() {
        return List.copyOf(lines);
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** What it asks for, in a line: its first item, and how many more there are. */
    public String subject() {
        return lines.isEmpty() ? null
                : lines.get(0).getDescription() + (lines.size() > 1 ? " +" + (lines.size() - 1) : "");
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
