package org.procuredesk.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.procuredesk.system.Versioned;

/** A consumable the IT warehouse keeps in stock, e.g. a toner: under its SKU, with the levels that trigger reordering. */
@Entity
@Table(name = "consumable_item")
class ConsumableItem implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String sku;

    private String name;
    private String unit;
    private String compatibleDevices;
    private int reorderPoint;
    private int maxLevel;
    private int leadTimeDays;
    private String preferredSupplier;
    private int packSize;
    private BigDecimal unitPrice;
    private boolean active;

    protected ConsumableItem() {
    }

    ConsumableItem(ConsumableForm form) {
        this.sku = form.sku();
        change(form);
    }

    void change(ConsumableForm form) {
        this.name = form.name().strip();
        this.unit = form.unit().strip();
        this.compatibleDevices = form.compatibleDevices();
        this.reorderPoint = form.reorderPoint();
        this.maxLevel = form.maxLevel();
        this.leadTimeDays = form.leadTimeDays();
        this.preferredSupplier = form.preferredSupplier();
        this.packSize = form.packSize();
        this.unitPrice = form.unitPrice();
        this.active = form.active();
    }

    ConsumableSummary summary() {
        return new ConsumableSummary(id, version, sku, name, unit, compatibleDevices, reorderPoint, maxLevel,
                leadTimeDays, preferredSupplier, packSize, unitPrice, active);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }
}
