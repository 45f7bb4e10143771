package org.procuredesk.inventory;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Which assets go to whom, and why: one movement document.
 *
 * @param toReference the receiving employee's user name, or the warehouse's or branch's id
 */
public record MoveOrder(@NotEmpty(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}")
                        List<@NotNull(message = "{validation.required}") String> inventoryNumbers,
                        @NotNull(message = "{validation.required}") HolderKind toKind,
                        @NotNull(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}")
                        String toReference,
                        @Size(max = 500, message = "{validation.tooLong}") String reason) {
}
