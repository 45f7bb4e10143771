package org.procuredesk.budget;

import java.math.BigDecimal;
import java.util.Map;
import org.procuredesk.request.EquipmentCategory;

/**
 * What a budget adds up to: the included applications' total against the limit finance set for the period, and
 * that total by equipment category and by department (by name).
 *
 * @param limit null when finance set none
 */
public record BudgetTotals(BigDecimal included, BigDecimal limit, int includedLines, int movedLines,
                           int excludedLines, Map<EquipmentCategory, BigDecimal> byCategory,
                           Map<String, BigDecimal> byDepartment) {

    public boolean overLimit() {
        return limit != null && included.compareTo(limit) > 0;
    }
}
