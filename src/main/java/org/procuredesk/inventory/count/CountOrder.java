package org.procuredesk.inventory.count;

import jakarta.validation.constraints.NotNull;
import org.procuredesk.inventory.HolderKind;

/** The place the IT head orders counted: a warehouse or a branch, by id. */
public record CountOrder(@NotNull(message = "{validation.required}") HolderKind locationKind,
                         @NotNull(message = "{validation.required}") Long locationId) {
}
