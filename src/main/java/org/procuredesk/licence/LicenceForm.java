package org.procuredesk.licence;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.procuredesk.system.StorableDate;

/**
 * What the register records of a licence.
 *
 * @param licenceKey the licence key or the contract's reference, shown only to IT
 * @param expiresOn  the last day it is valid; none for a perpetual licence
 */
public record LicenceForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String product,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String vendor,
        @Size(max = 100, message = "{validation.tooLong}") String edition,
        @Size(max = 500, message = "{validation.tooLong}") String licenceKey,
        @Min(value = 1, message = "{licence.seats}") @Max(value = 1_000_000, message = "{licence.seats}") int seats,
        @NotNull(message = "{validation.required}") @StorableDate LocalDate validFrom,
        @StorableDate LocalDate expiresOn,
        @DecimalMin(value = "0", message = "{validation.amount}") @Digits(integer = 15, fraction = 2,
                message = "{validation.amount}") BigDecimal cost) {

    /** A new licence, before anything is entered: one seat, valid from today, perpetual. */
    public static LicenceForm blank(LocalDate today) {
        return new LicenceForm(null, null, null, null, 1, today, null, null);
    }

    /** The licence as it is, to change it. */
    public static LicenceForm of(LicenceDetail licence) {
        LicenceSummary summary = licence.summary();
        return new LicenceForm(summary.product(), summary.vendor(), summary.edition(), licence.licenceKey(),
                summary.seats(), summary.validFrom(), summary.expiresOn(), summary.cost());
    }

    /** A licence expires on or after the day it becomes valid. */
    @AssertTrue(message = "{licence.expiresBeforeValid}")
    public boolean isExpiryOnOrAfterValidity() {
        return expiresOn == null || validFrom == null || !expiresOn.isBefore(validFrom);
    }
}
