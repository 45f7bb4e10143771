package org.procuredesk.request;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One line of an application as the requester enters it. */
public record LineForm(
        @NotNull(message = "{validation.required}") EquipmentCategory category,
        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.tooLong}") String description,
        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{validation.quantity}")
        @Max(value = 1000, message = "{validation.quantity}") Integer quantity,
        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0.01", message = "{validation.price}")
        @Digits(integer = 13, fraction = 2, message = "{validation.price}") BigDecimal estimatedUnitPrice,
        @Size(max = 200, message = "{validation.tooLong}") String preferredModel) {

    RequestLine toLine() {
        return new RequestLine(category, description.trim(), quantity, estimatedUnitPrice,
                preferredModel == null || preferredModel.isBlank() ? null : preferredModel.trim());
    }

    static LineForm of(RequestLine line) {
        return new LineForm(line.getCategory(), line.getDescription(), line.getQuantity(),
                line.getEstimatedUnitPrice(), line.getPreferredModel());
    }
}
