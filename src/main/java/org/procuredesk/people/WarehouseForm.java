package org.procuredesk.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.procuredesk.system.Change;

/**
 * What an administrator enters for an IT warehouse; every warehouse belongs to a branch.
 * A change names the version it was made to.
 */
public record WarehouseForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.CODE, message = "{validation.code}") String code,
        @NotBlank(message = "{validation.required}")
        @Size(max = 120, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") Long branchId,
        @NotNull(groups = Change.class, message = "{validation.required}") Long version) {

    /** A new warehouse at the given branch. */
    public static WarehouseForm at(Long branchId) {
        return new WarehouseForm(null, null, branchId, null);
    }

    public static WarehouseForm of(WarehouseSummary warehouse) {
        return new WarehouseForm(warehouse.code(), warehouse.name(), warehouse.branchId(), warehouse.version());
    }
}
