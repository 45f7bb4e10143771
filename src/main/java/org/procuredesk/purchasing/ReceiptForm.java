package org.procuredesk.purchasing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.StorableDate;

/**
 * What the warehouse keeper records of a delivery: the supplier's document (delivery note or invoice),
 * the day it arrived, and one entry per unit received, grouped by the application's lines.
 */
public record ReceiptForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = 64, message = "{validation.tooLong}") String supplierDocument,
        @NotNull(message = "{validation.required}") @StorableDate LocalDate receiptDate,
        @NotEmpty(message = "{validation.required}") List<@NotNull(message = "{validation.required}") @Valid ReceivedItem> items) {
}
