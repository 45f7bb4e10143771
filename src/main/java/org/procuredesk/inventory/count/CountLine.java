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
import java.util.Locale;
import java.util.Optional;
import org.procuredesk.inventory.AssetStatus;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;

/**
 * One thing a count is about: an asset expected at the place (found or not), an asset of the register found there
 * though held elsewhere, or an item the register does not know, by its serial number. What it is never changes.
 */
@Entity
@Table(name = "inventory_count_line")
class CountLine {

    private static final String SERIAL = "serial:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "count_id", nullable = false, updatable = false)
    private Long countId;

    @Column(name = "identity_key", nullable = false, updatable = false, length = 120)
    private String identityKey;

    @Column(name = "asset_id", updatable = false)
    private Long assetId;

    @Column(name = "inventory_number", updatable = false, length = 20)
    private String inventoryNumber;

    @Column(name = "serial_number", updatable = false, length = 100)
    private String serialNumber;

    @Column(nullable = false, updatable = false, length = 500)
    private String description;

    @Column(nullable = false, updatable = false)
    private boolean expected;

    @Column(nullable = false)
    private boolean found;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Difference difference;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Resolution resolution;

    @Column(name = "document_number", length = 20)
    private String documentNumber;

    protected CountLine() {
    }

    private CountLine(Long countId, AssetSummary asset, boolean expected) {
        this.countId = countId;
        this.identityKey = keyOf(asset);
        this.assetId = asset.id();
        this.inventoryNumber = asset.inventoryNumber();
        this.serialNumber = asset.serialNumber();
        this.description = asset.description();
        this.expected = expected;
        this.found = !expected;
    }

    /** An asset the register says the place holds, not found until IT support says so. */
    static CountLine expected(Long countId, AssetSummary asset) {
        return new CountLine(countId, asset, true);
    }

    /** An asset of the register found at the place though it was not on the list. */
    static CountLine foundBesides(Long countId, AssetSummary asset) {
        return new CountLine(countId, asset, false);
    }

    /** An item found that the register does not know, by its serial number and what it is. */
    static CountLine unknown(Long countId, String serialNumber, String description) {
        CountLine line = new CountLine();
        line.countId = countId;
        line.identityKey = keyOfSerial(serialNumber);
        line.serialNumber = serialNumber;
        line.description = description;
        line.found = true;
        return line;
    }

    static String keyOf(AssetSummary asset) {
        return asset.inventoryNumber();
    }

    static String keyOfSerial(String serialNumber) {
        return SERIAL + serialNumber.strip().toLowerCase(Locale.ROOT);
    }

    void markFound(boolean found) {
        if (expected) {
            this.found = found;
        }
    }

    /**
     * What differs, against the register as it is now: an expected asset not found is missing, unless it has moved
     * elsewhere on a document since the count was ordered; an asset found here that the register has elsewhere is
     * held by the wrong holder; an item found that the register does not know, or has written off, is surplus.
     *
     * @param asset the line's asset as the register has it now; none for an item the register does not know
     */
    void classify(Optional<AssetSummary> asset, Holder place) {
        Optional<AssetSummary> onRegister = asset.filter(known -> known.status() != AssetStatus.WRITTEN_OFF);
        boolean here = onRegister.filter(known -> known.holder().equals(place)).isPresent();
        if (!found) {
            difference = here ? Difference.MISSING : null;
        } else if (onRegister.isEmpty()) {
            difference = Difference.SURPLUS;
        } else {
            difference = here ? null : Difference.WRONG_HOLDER;
        }
    }

    /** Counted again: what differed is listed anew once the count is submitted again. */
    void reopen() {
        difference = null;
        resolution = null;
        documentNumber = null;
    }

    void resolve(Resolution resolution, String documentNumber) {
        this.resolution = resolution;
        this.documentNumber = documentNumber;
    }

    CountLineView view(String holderName) {
        return new CountLineView(id, inventoryNumber, serialNumber, description, expected, found, holderName,
                difference, resolution, documentNumber);
    }

    Long id() {
        return id;
    }

    Long countId() {
        return countId;
    }

    String identityKey() {
        return identityKey;
    }

    String inventoryNumber() {
        return inventoryNumber;
    }

    boolean isExpected() {
        return expected;
    }

    Difference difference() {
        return difference;
    }
}
