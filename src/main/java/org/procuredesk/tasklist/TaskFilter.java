package org.procuredesk.tasklist;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.procuredesk.system.DomainException;

/**
 * What a task list is narrowed to; every part is optional.
 *
 * @param processKey   one process, e.g. {@code applicationToIt}
 * @param taskKey      one step, e.g. {@code approveByLineManager}
 * @param minAmount    at least this amount
 * @param maxAmount    at most this amount
 * @param departmentId the case's department
 * @param branchId     the case's branch
 */
public record TaskFilter(@Size(max = 255, message = "{validation.tooLong}") String processKey,
                         @Size(max = 255, message = "{validation.tooLong}") String taskKey,
                         DueWindow due,
                         @DecimalMin(value = "0", message = "{validation.amount}")
                         @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal minAmount,
                         @DecimalMin(value = "0", message = "{validation.amount}")
                         @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal maxAmount,
                         Long departmentId,
                         Long branchId) {

    /** Everything: no filter at all. */
    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, null, null, null);

    public TaskFilter {
        processKey = blankToNull(processKey);
        taskKey = blankToNull(taskKey);
    }

    /** Refuses, on {@code maxAmount}, a range whose least amount is above its most. */
    public void checkAmountRange() {
        if (minAmount != null && maxAmount != null && maxAmount.compareTo(minAmount) < 0) {
            throw DomainException.ofField("maxAmount", "tasks.amountRange");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
