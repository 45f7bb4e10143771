package org.procuredesk.inventory.count;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.system.DomainException;

/**
 * A count of one warehouse or branch, under its number: who ordered it when, who recorded what was found, and
 * who approved the adjustments its differences became, with the number of their adjustment document.
 */
@Entity
@Table(name = "inventory_count")
class InventoryCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_kind", nullable = false, updatable = false, length = 16)
    private HolderKind locationKind;

    @Column(name = "location_reference", nullable = false, updatable = false, length = 64)
    private String locationReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CountState state;

    @Column(name = "ordered_by", nullable = false, updatable = false, length = 64)
    private String orderedBy;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_comment", length = 2000)
    private String approvalComment;

    @Column(name = "adjustment_number", unique = true, length = 20)
    private String adjustmentNumber;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    /** The counted place while the count is open, none once it is over: a place has one open count at a time. */
    @Column(name = "open_location", unique = true, length = 90)
    private String openLocation;

    protected InventoryCount() {
    }

    InventoryCount(String number, Holder location, String orderedBy, Instant orderedAt) {
        this.number = number;
        this.locationKind = location.kind();
        this.locationReference = location.reference();
        this.state = CountState.COUNTING;
        this.openLocation = openLocationOf(location);
        this.orderedBy = orderedBy;
        this.orderedAt = orderedAt;
    }

    /** How an open count names its place, e.g. {@code WAREHOUSE:7}. */
    static String openLocationOf(Holder location) {
        return location.kind() + ":" + location.reference();
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Refused unless IT support is still recording what it finds. */
    void requireCounting() {
        if (state != CountState.COUNTING) {
            throw new DomainException("inventoryCount.notCounting", number);
        }
    }

    void submit(String by, Instant at) {
        requireCounting();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Its differences listed: they wait for the IT head, or there are none and the count is over. */
    void differencesListed(boolean any) {
        this.state = any ? CountState.AWAITING_APPROVAL : CountState.NO_DIFFERENCES;
        if (!any) {
            this.openLocation = null;
        }
    }

    void sendBackForRecount() {
        requireAwaitingApproval();
        this.state = CountState.COUNTING;
    }

    void approve(String by, Instant at, String comment, String adjustmentNumber) {
        requireAwaitingApproval();
        this.state = CountState.APPROVED;
        this.openLocation = null;
        this.approvedBy = by;
        this.approvedAt = at;
        this.approvalComment = comment;
        this.adjustmentNumber = adjustmentNumber;
    }

    private void requireAwaitingApproval() {
        if (state != CountState.AWAITING_APPROVAL) {
            throw new DomainException("inventoryCount.notAwaitingApproval", number);
        }
    }

    CountSummary summary(String locationName, String orderedByName, String recordedByName, String approvedByName) {
        return new CountSummary(number, location(), locationName, state, orderedBy, orderedByName, orderedAt,
                recordedBy, recordedByName, recordedAt, approvedBy, approvedByName, approvedAt, approvalComment,
                adjustmentNumber);
    }

    Holder location() {
        return new Holder(locationKind, locationReference);
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String orderedBy() {
        return orderedBy;
    }

    String recordedBy() {
        return recordedBy;
    }

    String approvedBy() {
        return approvedBy;
    }
}
