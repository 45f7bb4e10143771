package org.procuredesk.inventory;

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
import java.time.Instant;
import java.time.LocalDate;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;

/**
 * One piece of equipment on the register, under its inventory number. What it is never changes once
 * registered; who holds it, its status and the application it is reserved for do. Written off, it never moves again.
 */
@Entity
@Table(name = "asset")
class Asset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "inventory_number", nullable = false, unique = true, updatable = false, length = 20)
    private String inventoryNumber;

    @Column(name = "serial_number", length = 100)
    private String serialNumber;

    @Column(name = "serial_key", unique = true, length = 340)
    private String serialKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private EquipmentCategory category;

    @Column(updatable = false, length = 200)
    private String model;

    @Column(nullable = false, updatable = false, length = 500)
    private String description;

    @Column(updatable = false, length = 200)
    private String supplier;

    @Column(name = "receipt_document_number", updatable = false, length = 64)
    private String receiptDocumentNumber;

    @Column(name = "purchase_date", nullable = false, updatable = false)
    private LocalDate purchaseDate;

    @Column(name = "purchase_price", updatable = false, precision = 15, scale = 2)
    private BigDecimal purchasePrice;

    @Column(name = "warranty_until")
    private LocalDate warrantyUntil;

    @Column(name = "extended_warranty_until")
    private LocalDate extendedWarrantyUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false, length = 16)
    private HolderKind holderKind;

    @Column(name = "holder_reference", nullable = false, length = 64)
    private String holderReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssetStatus status;

    @Column(name = "reserved_for_request_id")
    private Long reservedForRequestId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Asset() {
    }

    /** A received item: in stock at the warehouse that received it, reserved for the application it was bought for. */
    Asset(String inventoryNumber, NewAsset item, Holder warehouse, long requestId, Instant createdAt) {
        this.inventoryNumber = inventoryNumber;
        this.serialNumber = Text.orNull(item.serialNumber());
        this.serialKey = SerialKey.of(item.category(), item.model(), item.serialNumber()).orElse(null);
        this.category = item.category();
        this.model = Text.orNull(item.model());
        this.description = item.description().strip();
        this.supplier = Text.orNull(item.supplier());
        this.receiptDocumentNumber = Text.orNull(item.receiptDocumentNumber());
        this.purchaseDate = item.purchaseDate();
        this.purchasePrice = item.purchasePrice();
        this.warrantyUntil = item.purchaseDate().plusMonths(item.warrantyMonths());
        this.holderKind = warehouse.kind();
        this.holderReference = warehouse.reference();
        this.status = AssetStatus.IN_STOCK;
        this.reservedForRequestId = requestId;
        this.createdAt = createdAt;
    }

    /** An asset brought onto the register as another register (or a spreadsheet) kept it, under its own number. */
    Asset(RegisterEntry entry, Instant createdAt) {
        this.inventoryNumber = entry.inventoryNumber();
        this.serialNumber = entry.serialNumber();
        this.serialKey = entry.serialKey().orElse(null);
        this.category = entry.category();
        this.model = entry.model();
        this.description = entry.description();
        this.supplier = entry.supplier();
        this.receiptDocumentNumber = entry.receiptDocumentNumber();
        this.purchaseDate = entry.purchaseDate();
        this.purchasePrice = entry.purchasePrice();
        this.warrantyUntil = entry.warrantyUntil();
        this.holderKind = entry.holder().kind();
        this.holderReference = entry.holder().reference();
        this.status = entry.status();
        this.createdAt = createdAt;
    }

    /** In stock and promised to no application. */
    boolean isAvailable() {
        return status == AssetStatus.IN_STOCK && reservedForRequestId == null;
    }

    /** Of the category the need asks for and, when it names a model, of that model (case and spaces aside). */
    boolean fits(StockNeed need) {
        return category == need.category()
                && (Text.orNull(need.model()) == null || Text.sameIgnoringCase(model, need.model()));
    }

    void reserveFor(long requestId) {
        this.reservedForRequestId = requestId;
    }

    void release() {
        this.reservedForRequestId = null;
    }

    /** Gives the asset to another holder: in stock at a warehouse, in use elsewhere; its reservation is fulfilled. */
    void moveTo(Holder to) {
        refuseIfWrittenOff();
        this.holderKind = to.kind();
        this.holderReference = to.reference();
        this.status = to.kind() == HolderKind.WAREHOUSE ? AssetStatus.IN_STOCK : AssetStatus.IN_USE;
        this.reservedForRequestId = null;
    }

    /** Takes the asset off the register for good; its serial number is free for a replacement. */
    void writeOff() {
        refuseIfWrittenOff();
        if (reservedForRequestId != null) {
            throw new DomainException("asset.reserved", inventoryNumber);
        }
        this.status = AssetStatus.WRITTEN_OFF;
        this.serialKey = null;
    }

    /** Away for repair: held where it was, but neither in use nor available until it is moved again. */
    void sendToRepair() {
        refuseIfWrittenOff();
        if (reservedForRequestId != null) {
            throw new DomainException("asset.reserved", inventoryNumber);
        }
        this.status = AssetStatus.IN_REPAIR;
    }

    /** Back from repair where it is: in stock at a warehouse, in use elsewhere. */
    void backFromRepair() {
        refuseIfWrittenOff();
        this.status = holderKind == HolderKind.WAREHOUSE ? AssetStatus.IN_STOCK : AssetStatus.IN_USE;
    }

    /** The vendor replaced the unit: the same asset under the new unit's serial number and warranty. */
    void replaceUnit(String newSerialNumber, LocalDate newWarrantyUntil) {
        refuseIfWrittenOff();
        this.serialNumber = newSerialNumber;
        this.serialKey = SerialKey.of(category, model, newSerialNumber).orElse(null);
        this.warrantyUntil = newWarrantyUntil;
    }

    /** Records a warranty extension bought for the asset: it covers faults up to {@code until}. */
    void extendWarranty(LocalDate until) {
        refuseIfWrittenOff();
        this.extendedWarrantyUntil = until;
    }

    private void refuseIfWrittenOff() {
        if (status == AssetStatus.WRITTEN_OFF) {
            throw new DomainException("asset.writtenOff", inventoryNumber);
        }
    }

    AssetSummary summary(String holderName) {
        return new AssetSummary(id, inventoryNumber, serialNumber, category, model, description, status, holder(),
                holderName, warrantyUntil, purchasePrice, receiptDocumentNumber, reservedForRequestId, purchaseDate,
                supplier, extendedWarrantyUntil);
    }

    RegisterEntry entry() {
        return new RegisterEntry(inventoryNumber, serialNumber, category, model, description, supplier,
                receiptDocumentNumber, purchaseDate, purchasePrice, warrantyUntil, holder(), status);
    }

    MovementLine line() {
        return new MovementLine(inventoryNumber, serialNumber, category, model, description);
    }

    Holder holder() {
        return new Holder(holderKind, holderReference);
    }

    Long getId() {
        return id;
    }

    String getInventoryNumber() {
        return inventoryNumber;
    }

    String serialKey() {
        return serialKey;
    }

    Long getReservedForRequestId() {
        return reservedForRequestId;
    }
}
