package org.procuredesk.repair;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What people enter on the repair's forms and send to its API. */
public final class RepairForms {

    private RepairForms() {
    }

    /**
     * A fault on an asset.
     *
     * @param asset the asset's inventory number or serial number
     */
    public record FaultReport(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
            String asset,
            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
            String symptoms,
            @NotNull(message = "{validation.required}") RepairUrgency urgency) {
    }

    /** The asset goes to the supplier's service centre under its return authorisation (RMA) number. */
    public record Dispatch(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
            String serviceCentre,
            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}")
            String rmaNumber) {
    }

    /**
     * What the service centre did. A replaced unit names its serial number and the last day of its warranty; a
     * refusal says why.
     */
    public record ServiceResult(
            @NotNull(message = "{validation.required}") VendorOutcome outcome,
            @Size(max = 2000, message = "{validation.tooLong}") String note,
            @Size(max = 100, message = "{validation.tooLong}") String replacementSerialNumber,
            LocalDate replacementWarrantyUntil) {
    }

    /** The IT head's choice for an asset out of warranty; a paid repair or a replacement names what it may cost. */
    public record Decision(
            @NotNull(message = "{validation.required}") OutOfWarrantyDecision decision,
            @DecimalMin(value = "0.01", message = "{validation.price}")
            @Digits(integer = 13, fraction = 2, message = "{validation.price}") BigDecimal estimatedCost,
            @Size(max = 2000, message = "{validation.tooLong}") String comment) {
    }

    /** What IT support did to repair the asset, or why a paid repair did not restore it. */
    public record Repair(
            boolean repaired,
            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
            String note) {
    }
}
