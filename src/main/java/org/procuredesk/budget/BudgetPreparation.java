package org.procuredesk.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.system.CurrentUser;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.TaskActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * IT support prepares a draft budget: moves a line to the next period's budget saying why, takes in what has
 * come to wait since the draft opened, comments, and submits it to the IT head.
 */
@Service
@Validated
@Transactional
public class BudgetPreparation {

    private final BudgetRecords records;
    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final BudgetCommentRepository comments;
    private final BudgetIntake intake;
    private final TaskActions taskActions;
    private final Clock clock;

    BudgetPreparation(BudgetRecords records, BudgetRepository budgets, BudgetLineRepository lines,
                      BudgetCommentRepository comments, BudgetIntake intake, TaskActions taskActions, Clock clock) {
        this.records = records;
        this.budgets = budgets;
        this.lines = lines;
        this.comments = comments;
        this.intake = intake;
        this.taskActions = taskActions;
        this.clock = clock;
    }

    /** Moves an included line to the next period's budget, which takes it in at once if it is open. */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void moveToNextPeriod(String period, @NotNull(message = "{validation.required}") Long lineId,
                                 @NotBlank(message = "{validation.required}")
                                 @Size(max = 2000, message = "{validation.tooLong}") String reason) {
        Budget budget = records.find(period);
        budget.requireState(BudgetState.DRAFT);
        BudgetLine line = lines.findById(lineId).filter(found -> found.budgetId().equals(budget.id()))
                .orElseThrow(() -> DomainException.ofField("line", "budget.noSuchLine", String.valueOf(lineId)));
        if (line.state() != LineState.INCLUDED) {
            throw DomainException.ofField("line", "budget.lineNotIncluded", line.number());
        }
        line.moveToNextPeriod(reason.trim());
        lines.flush();
        budgets.findByPeriodKey(budget.period().next().key()).filter(next -> next.state() == BudgetState.DRAFT)
                .ifPresent(intake::takeIn);
    }

    /** Takes in what has come to wait since the draft opened (applications, replenishments); returns how many. */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public int takeInWaiting(String period) {
        Budget budget = records.find(period);
        budget.requireState(BudgetState.DRAFT);
        return intake.takeIn(budget);
    }

    @PreAuthorize("hasAnyRole('IT_SUPPORT', 'IT_HEAD')")
    public void comment(String period, @NotBlank(message = "{validation.required}")
                        @Size(max = 2000, message = "{validation.tooLong}") String text) {
        Budget budget = records.find(period);
        comments.save(new BudgetComment(budget.id(), CurrentUser.username(), clock.instant(), text.trim()));
    }

    /** Submits the draft behind the prepare task to the IT head, with an optional comment. */
    @PreAuthorize("hasRole('IT_SUPPORT')")
    public void submit(String taskId, @Size(max = 2000, message = "{validation.tooLong}") String comment) {
        String me = CurrentUser.username();
        Task task = taskActions.actionable(taskId, me, Set.of(BudgetProcess.PREPARE_BUDGET));
        Budget budget = budgets.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        budget.submit(me, clock.instant());
        if (comment != null && !comment.isBlank()) {
            comments.save(new BudgetComment(budget.id(), me, clock.instant(), comment.trim()));
        }
        taskActions.complete(task, me, comment, Map.of());
    }
}
