package org.procuredesk.replenishment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What people record on the replenishment's tasks. */
public final class ReplenishmentForms {

    private ReplenishmentForms() {
    }

    /** The IT head's verdict; a rejection says why. */
    public record Decision(boolean approved,
                           @Size(max = 500, message = "{validation.tooLong}") String comment) {
    }

    /** The order IT support placed with the supplier. */
    public record Order(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String supplier,
                        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String supplierOrderReference,
                        @NotNull(message = "{validation.required}") LocalDate expectedDelivery) {
    }

    /** How many arrived at the warehouse. */
    public record Receipt(@Min(value = 1, message = "{stock.quantity}") @Max(value = 100_000, message = "{stock.quantity}") int quantity) {
    }
}
