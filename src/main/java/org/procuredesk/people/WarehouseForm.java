package org.procuredesk.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters for an IT warehouse; every warehouse belongs to a branch. */
public record WarehouseForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.CODE, message = "{validation.code}") String code,
        @NotBlank(message = "{validation.required}")
        @Size(max = 120, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") Long branchId) {

    /** A new warehouse at the given branch. */
    public static WarehouseForm at(Long branchId) {
        return new WarehouseForm(null, null, branchId);
    }

    public static WarehouseForm of(WarehouseSummary warehouse) {
        return new WarehouseForm(warehouse.code(), warehouse.name(), warehouse.branchId());
    }
}
