package org.procuredesk.budget;

import java.util.List;

/**
 * A budget with its lines and comments, and the open task on it the reader may act on, if any.
 *
 * @param taskId the open prepare or review task, for a link to its form; null when the budget has none
 */
public record BudgetDetail(BudgetSummary summary, List<BudgetLineView> lines, List<BudgetCommentView> comments,
                           String taskId) {
}
