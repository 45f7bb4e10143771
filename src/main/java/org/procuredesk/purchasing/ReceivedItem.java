package org.procuredesk.purchasing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One unit received.
 *
 * @param lineNo         the application's line it belongs to, from 0
 * @param serialNumber   required, except for consumables (toner, cartridges, drums, paper)
 * @param warrantyMonths 0 to 120
 */
public record ReceivedItem(
        @NotNull(message = "{validation.required}") Integer lineNo,
        @Size(max = 100, message = "{validation.tooLong}") String serialNumber,
        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{validation.warrantyMonths}")
        @Max(value = 120, message = "{validation.warrantyMonths}") Integer warrantyMonths) {
}
