package org.procuredesk.licence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A seat of a licence given to a person (user name) or an asset (inventory number). */
public record AssignmentForm(
        @NotNull(message = "{validation.required}") AssigneeKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}")
        String assignee) {
}
