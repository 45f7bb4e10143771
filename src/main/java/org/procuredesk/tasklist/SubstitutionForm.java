package org.procuredesk.tasklist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.procuredesk.system.StorableDate;

/** A person names who stands in for them while they are out of office. */
public record SubstitutionForm(
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String substitute,
        @NotNull(message = "{validation.required}") @StorableDate LocalDate firstDay,
        @NotNull(message = "{validation.required}") @StorableDate LocalDate lastDay) {
}
