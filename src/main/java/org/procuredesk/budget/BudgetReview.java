package org.procuredesk.budget;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.budget.BudgetProcess.Review;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The IT head reviews a submitted budget: approves it, approves it leaving some applications out, or returns it
 * to IT support saying why. Over the limit finance set, the configured policy applies: a comment says why (WARN),
 * or lines must be left out until the total fits (STOP). A refused review changes nothing.
 */
@Service
@Validated
@Transactional
public class BudgetReview {

    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final BudgetCommentRepository comments;
    private final BudgetRecords records;
    private final TaskActions taskActions;
    private final BudgetProperties properties;
    private final Clock clock;

    BudgetReview(BudgetRepository budgets, BudgetLineRepository lines, BudgetCommentRepository comments,
                 BudgetRecords records, TaskActions taskActions, BudgetProperties properties, Clock clock) {
        this.budgets = budgets;
        this.lines = lines;
        this.comments = comments;
        this.records = records;
        this.taskActions = taskActions;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param excludedLineIds the lines left out, only with {@link ReviewDecision#APPROVE_WITH_EXCLUSIONS} */
    @PreAuthorize("hasRole('IT_HEAD')")
    public void review(String taskId, @NotNull(message = "{validation.required}") ReviewDecision decision,
                       Set<Long> excludedLineIds,
                       @Size(max = 2000, message = "{validation.tooLong}") String comment) {
        String me = CurrentUser.username();
        Set<Long> excluded = excludedLineIds == null ? Set.of() : excludedLineIds;
        String remark = comment == null || comment.isBlank() ? null : comment.trim();
        Task task = taskActions.actionable(taskId, me, Set.of(BudgetProcess.REVIEW_BUDGET));
        Budget budget = budgets.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        if (decision == ReviewDecision.RETURN) {
            if (remark == null) {
                throw DomainException.ofField("comment", "budget.returnNeedsComment");
            }
            budget.returnToPreparation(me, clock.instant(), remark);
        } else {
            approve(budget, decision, excluded, remark, me);
        }
        if (remark != null) {
            comments.save(new BudgetComment(budget.id(), me, clock.instant(), remark));
        }
        taskActions.complete(task, me, remark, Map.of(BudgetProcess.VAR_REVIEW,
                (decision == ReviewDecision.RETURN ? Review.RETURNED : Review.APPROVED).name()));
    }

    private void approve(Budget budget, ReviewDecision decision, Set<Long> excluded, String remark, String me) {
        List<BudgetLine> budgetLines = lines.findByBudgetIdOrderByIdAsc(budget.id());
        List<Long> reviewable = budgetLines.stream().filter(line -> line.state() != LineState.MOVED)
                .map(BudgetLine::id).toList();
        if (decision == ReviewDecision.APPROVE_WITH_EXCLUSIONS && excluded.isEmpty()) {
            throw DomainException.ofField("excluded", "budget.chooseExclusions");
        }
        if (decision == ReviewDecision.APPROVE && !excluded.isEmpty()) {
            throw DomainException.ofField("excluded", "budget.untickToApprove");
        }
        if (!reviewable.containsAll(excluded)) {
            throw DomainException.ofField("excluded", "budget.noSuchLine", String.valueOf(excluded));
        }
        budgetLines.forEach(line -> line.exclude(excluded.contains(line.id())));
        BudgetTotals totals = records.totals(budget, budgetLines);
        if (totals.overLimit()) {
            properties.limitPolicy().allowApproval(totals.included(), totals.limit(), remark);
        }
        budget.approve(me, clock.instant(), remark);
    }
}
