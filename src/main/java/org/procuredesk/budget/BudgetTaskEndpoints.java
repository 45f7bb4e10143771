package org.procuredesk.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The budget's tasks over REST: the same services as their task forms. */
@RestController
@RequestMapping(ApiPaths.TASKS)
@Tag(name = "Budgets")
class BudgetTaskEndpoints {

    private final BudgetPreparation preparation;
    private final BudgetReview review;

    BudgetTaskEndpoints(BudgetPreparation preparation, BudgetReview review) {
        this.preparation = preparation;
        this.review = review;
    }

    @PostMapping("/{taskId}/budget-submission")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "IT support submits the prepared budget to the IT head, with an optional comment")
    void submit(@PathVariable String taskId, @Valid @RequestBody(required = false) SubmissionForm form) {
        preparation.submit(taskId, form == null ? null : form.comment());
    }

    @PostMapping("/{taskId}/budget-review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The IT head approves a budget, approves it leaving applications out, or returns it"
            + " (with a comment); over the limit a comment, or exclusions, may be needed")
    void review(@PathVariable String taskId, @Valid @RequestBody ReviewForm form) {
        review.review(taskId, form.decision(), form.excludedLineIds(), form.comment());
    }

    record SubmissionForm(@Size(max = 2000, message = "{validation.tooLong}") String comment) {
    }

    /** @param excludedLineIds the lines left out, only with {@link ReviewDecision#APPROVE_WITH_EXCLUSIONS} */
    record ReviewForm(@NotNull(message = "{validation.required}") ReviewDecision decision, Set<Long> excludedLineIds,
                      @Size(max = 2000, message = "{validation.tooLong}") String comment) {
    }
}
