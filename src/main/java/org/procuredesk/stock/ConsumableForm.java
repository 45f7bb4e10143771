package org.procuredesk.stock;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.procuredesk.system.Change;

/**
 * What the catalogue records of a consumable; its SKU is given when it is created and never changes. Its unit price
 * values its replenishment orders. A change names the version it was made to.
 */
public record ConsumableForm(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,39}", message = "{consumable.sku}") String sku,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String unit,
        @Size(max = 500, message = "{validation.tooLong}") String compatibleDevices,
        @Min(value = 0, message = "{consumable.level}") @Max(value = 1_000_000, message = "{consumable.level}") int reorderPoint,
        @Min(value = 0, message = "{consumable.level}") @Max(value = 1_000_000, message = "{consumable.level}") int maxLevel,
        @Min(value = 0, message = "{consumable.leadTime}") @Max(value = 365, message = "{consumable.leadTime}") int leadTimeDays,
        @Size(max = 200, message = "{validation.tooLong}") String preferredSupplier,
        @Min(value = 1, message = "{consumable.packSize}") @Max(value = 10_000, message = "{consumable.packSize}") int packSize,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0.00", message = "{consumable.unitPrice}") @Digits(integer = 13, fraction = 2, message = "{consumable.unitPrice}") BigDecimal unitPrice,
        boolean active,
        @NotNull(groups = Change.class, message = "{validation.required}") Long version) {

    /** A new consumable, before anything is entered: counted in pieces, one to a pack, in use. */
    public static ConsumableForm blank() {
        return new ConsumableForm(null, null, "pcs", null, 0, 0, 0, null, 1, null, true, null);
    }

    /** The consumable as it is, to change it. */
    public static ConsumableForm of(ConsumableSummary consumable) {
        return new ConsumableForm(consumable.sku(), consumable.name(), consumable.unit(),
                consumable.compatibleDevices(), consumable.reorderPoint(), consumable.maxLevel(),
                consumable.leadTimeDays(), consumable.preferredSupplier(), consumable.packSize(),
                consumable.unitPrice(), consumable.active(), consumable.version());
    }

    /** The maximum level is at least the reorder point. */
    @AssertTrue(message = "{consumable.maxBelowReorderPoint}")
    public boolean isMaxLevelAboveReorderPoint() {
        return maxLevel >= reorderPoint;
    }
}
