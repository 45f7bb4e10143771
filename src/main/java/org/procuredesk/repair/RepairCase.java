package org.procuredesk.repair;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.request.EquipmentCategory;

/**
 * The repair of one faulty asset, from the reported fault until the asset (or its loaner) is back where it belongs.
 * While it is open its {@code openAssetId} holds the asset, which the database keeps unique: a second open case of
 * the same asset cannot be saved. The holder is the one the asset had when the fault was reported.
 */
@Entity
@Table(name = "repair_case")
class RepairCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private long assetId;

    private Long openAssetId;

    @Column(nullable = false, updatable = false)
    private String inventoryNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EquipmentCategory category;

    @Column(updatable = false)
    private String supplier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HolderKind holderKind;

    @Column(nullable = false, updatable = false)
    private String holderReference;

    @Column(nullable = false, updatable = false)
    private String symptoms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RepairUrgency urgency;

    @Enumerated(EnumType.STRING)
    private RepairState state;

    @Column(nullable = false, updatable = false)
    private String reportedBy;

    @Column(nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(nullable = false, updatable = false)
    private int slaDays;

    @Column(nullable = false, updatable = false)
    private Instant slaDueAt;

    private LocalDate warrantyUntil;
    private Boolean underWarranty;
    private String serviceCentre;
    private String rmaNumber;
    private String dispatchNumber;
    private Instant dispatchedAt;
    private String takenInDocument;
    private Long loanerAssetId;
    private String loanerInventoryNumber;

    @Enumerated(EnumType.STRING)
    private RepairOutcome outcome;

    private String outcomeNote;
    private String replacementSerialNumber;

    @Enumerated(EnumType.STRING)
    private OutOfWarrantyDecision outOfWarrantyDecision;

    private BigDecimal estimatedCost;
    private Long applicationId;
    private String applicationNumber;
    private String writeOffNumber;
    private boolean breached;
    private String processInstanceId;
    private Instant closedAt;

    protected RepairCase() {
    }

    RepairCase(String number, AssetSummary asset, String symptoms, RepairUrgency urgency, String reportedBy,
               Instant reportedAt, int slaDays) {
        this.number = number;
        this.assetId = asset.id();
        this.openAssetId = asset.id();
        this.inventoryNumber = asset.inventoryNumber();
        this.category = asset.category();
        this.supplier = asset.supplier();
        this.holderKind = asset.holder().kind();
        this.holderReference = asset.holder().reference();
        this.symptoms = symptoms;
        this.urgency = urgency;
        this.state = RepairState.REPORTED;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.slaDays = slaDays;
        this.slaDueAt = reportedAt.plus(Duration.ofDays(slaDays));
    }

    void startedAs(String processInstance) {
        this.processInstanceId = processInstance;
    }

    void warrantyChecked(LocalDate warrantyEnd, boolean covered) {
        this.warrantyUntil = warrantyEnd;
        this.underWarranty = covered;
    }

    void dispatched(String centre, String rma, String dispatchNote, String takenInOn, Instant at) {
        this.serviceCentre = centre;
        this.rmaNumber = rma;
        this.dispatchNumber = dispatchNote;
        this.takenInDocument = takenInOn;
        this.dispatchedAt = at;
    }

    void lent(long loanerId, String loanerNumber) {
        this.loanerAssetId = loanerId;
        this.loanerInventoryNumber = loanerNumber;
    }

    void ended(RepairOutcome how, String note) {
        this.outcome = how;
        this.outcomeNote = note;
    }

    void unitReplaced(String serialNumber) {
        this.replacementSerialNumber = serialNumber;
    }

    void noted(String note) {
        this.outcomeNote = note;
    }

    void decided(OutOfWarrantyDecision decision, BigDecimal cost, String note) {
        this.outOfWarrantyDecision = decision;
        this.estimatedCost = cost;
        this.outcomeNote = note;
    }

    void applicationFiled(long requestId, String requestNumber) {
        this.applicationId = requestId;
        this.applicationNumber = requestNumber;
    }

    void writtenOff(String writeOffDocument) {
        this.writeOffNumber = writeOffDocument;
        this.outcome = RepairOutcome.WRITTEN_OFF;
    }

    void breachedSla() {
        this.breached = true;
    }

    void moveTo(RepairState next) {
        this.state = next;
    }

    /** Closed, the asset is free for its next case; closed after the agreed days, the case breached its SLA. */
    void close(Instant at) {
        this.state = RepairState.CLOSED;
        this.openAssetId = null;
        this.closedAt = at;
        if (at.isAfter(slaDueAt)) {
            this.breached = true;
        }
    }

    Holder holder() {
        return new Holder(holderKind, holderReference);
    }

    RepairView view(String holderName, String reportedByName) {
        return new RepairView(id, number, inventoryNumber, category, holder(), holderName, symptoms, urgency, state,
                reportedBy, reportedByName, reportedAt, slaDays, slaDueAt, warrantyUntil, underWarranty,
                serviceCentre, rmaNumber, dispatchNumber, dispatchedAt, takenInDocument, loanerInventoryNumber,
                outcome, outcomeNote, replacementSerialNumber, outOfWarrantyDecision, estimatedCost, applicationId,
                applicationNumber, writeOffNumber, breached, closedAt);
    }

    Long getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    String getInventoryNumber() {
        return inventoryNumber;
    }

    EquipmentCategory getCategory() {
        return category;
    }

    String getSupplier() {
        return supplier;
    }

    String getSymptoms() {
        return symptoms;
    }

    String getReportedBy() {
        return reportedBy;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    Instant getSlaDueAt() {
        return slaDueAt;
    }

    RepairState getState() {
        return state;
    }

    String getServiceCentre() {
        return serviceCentre;
    }

    String getRmaNumber() {
        return rmaNumber;
    }

    String getTakenInDocument() {
        return takenInDocument;
    }

    String getLoanerInventoryNumber() {
        return loanerInventoryNumber;
    }

    RepairOutcome getOutcome() {
        return outcome;
    }

    BigDecimal getEstimatedCost() {
        return estimatedCost;
    }

    String getWriteOffNumber() {
        return writeOffNumber;
    }

    String getApplicationNumber() {
        return applicationNumber;
    }

    Long getApplicationId() {
        return applicationId;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    boolean isBreached() {
        return breached;
    }
}
