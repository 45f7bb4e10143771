package org.procuredesk.budget;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a budget adds up to: the included lines' total against the limit finance set for the period, and that
 * total by category and by department (by name).
 *
 * @param limit      null when finance set none
 * @param byCategory by the message key of each category (an application's equipment category), or of the source
 *                   for a source that keeps no categories
 */
public record BudgetTotals(BigDecimal included, BigDecimal limit, int includedLines, int movedLines,
                           int excludedLines, Map<String, BigDecimal> byCategory,
                           Map<String, BigDecimal> byDepartment) {

    public boolean overLimit() {
        return limit != null && included.compareTo(limit) > 0;
    }
}
