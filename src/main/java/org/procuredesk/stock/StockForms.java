package org.procuredesk.stock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the warehouse keeper or IT support records on each kind of stock document. */
public final class StockForms {

    private StockForms() {
    }

    /** How many of the consumable with this SKU. */
    public record Line(@NotBlank(message = "{validation.required}") String sku,
                       @Min(value = 1, message = "{stock.quantity}") @Max(value = 100_000, message = "{stock.quantity}") int quantity) {
    }

    /** Stock arriving at a warehouse. */
    public record Receipt(@NotNull(message = "{validation.required}") Long warehouseId,
                          @NotEmpty(message = "{validation.required}") List<@NotNull(message = "{validation.required}") @Valid Line> lines,
                          @Size(max = 500, message = "{validation.tooLong}") String reason) {
    }

    /** Stock leaving a warehouse for an employee (user name), a department (id) or a device (inventory number). */
    public record Issue(@NotNull(message = "{validation.required}") Long warehouseId,
                        @NotNull(message = "{validation.required}") RecipientKind recipientKind,
                        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String recipientReference,
                        @NotEmpty(message = "{validation.required}") List<@NotNull(message = "{validation.required}") @Valid Line> lines,
                        @Size(max = 500, message = "{validation.tooLong}") String reason) {
    }

    /** Stock moving between two warehouses. */
    public record Transfer(@NotNull(message = "{validation.required}") Long fromWarehouseId,
                           @NotNull(message = "{validation.required}") Long toWarehouseId,
                           @NotEmpty(message = "{validation.required}") List<@NotNull(message = "{validation.required}") @Valid Line> lines,
                           @Size(max = 500, message = "{validation.tooLong}") String reason) {
    }

    /** Why a document is reversed. */
    public record Reversal(@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String reason) {
    }
}
