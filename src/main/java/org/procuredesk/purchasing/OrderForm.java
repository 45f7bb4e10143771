package org.procuredesk.purchasing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.StorableDate;

/** What IT support records of an order: the actual unit price of each of the application's lines, in order. */
public record OrderForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.tooLong}") String supplier,
        @NotBlank(message = "{validation.required}")
        @Size(max = 64, message = "{validation.tooLong}") String orderNumber,
        @NotNull(message = "{validation.required}") @StorableDate LocalDate expectedDelivery,
        @NotEmpty(message = "{validation.required}") List<
                @NotNull(message = "{validation.required}")
                @DecimalMin(value = "0.01", message = "{validation.price}")
                @Digits(integer = 13, fraction = 2, message = "{validation.price}") BigDecimal> unitPrices) {
}
