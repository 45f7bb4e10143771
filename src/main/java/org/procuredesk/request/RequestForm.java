package org.procuredesk.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.procuredesk.system.StorableDate;

/**
 * An application as the requester enters it. A draft is kept with whatever it has, so long as what it
 * has is within bounds and its lines are whole; the {@link Submission} checks require the rest.
 */
public record RequestForm(
        @NotNull(groups = Submission.class, message = "{validation.required}") Long deliveryBranchId,
        @NotBlank(groups = Submission.class, message = "{validation.required}")
        @Size(max = 2000, message = "{validation.tooLong}") String justification,
        @NotNull(groups = Submission.class, message = "{validation.required}") @StorableDate LocalDate neededBy,
        @NotNull(groups = Submission.class, message = "{validation.required}") Urgency urgency,
        @NotEmpty(groups = Submission.class, message = "{validation.lines}")
        @Size(max = 50, message = "{validation.tooManyLines}") List<@Valid @NotNull LineForm> lines) {

    public RequestForm {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    static RequestForm of(PurchaseRequest request) {
        return new RequestForm(request.getDeliveryBranchId(), request.getJustification(), request.getNeededBy(),
                request.getUrgency(), request.getLines().stream().map(LineForm::of).toList());
    }
}
