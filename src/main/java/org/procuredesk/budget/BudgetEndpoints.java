package org.procuredesk.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The budgets over REST: the same services as the budget pages; a period is named like WEEKLY-2026-W49. */
@RestController
@RequestMapping(ApiPaths.BUDGETS)
@Tag(name = "Budgets")
class BudgetEndpoints {

    static final String CSV = "text/csv";

    private final Budgets budgets;
    private final BudgetExport export;
    private final BudgetLimits limits;
    private final BudgetPreparation preparation;

    BudgetEndpoints(Budgets budgets, BudgetExport export, BudgetLimits limits, BudgetPreparation preparation) {
        this.budgets = budgets;
        this.export = export;
        this.limits = limits;
        this.preparation = preparation;
    }

    @GetMapping
    @Operation(summary = "The budget cycle at a glance: next deadlines, current and past budgets, what waits")
    BudgetDashboard dashboard() {
        return budgets.dashboard();
    }

    @GetMapping("/{period}")
    @Operation(summary = "One budget with its totals, lines and comments, and the open task on it I may act on")
    BudgetDetail detail(@PathVariable String period) {
        return budgets.detail(period);
    }

    @GetMapping(value = "/{period}/csv", produces = CSV)
    @Operation(summary = "A budget's lines as CSV, one row per line, with a header row")
    ResponseEntity<String> csv(@PathVariable String period) {
        String lines = export.csv(period);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(BudgetExport.fileName(period)).build().toString())
                .body(lines);
    }

    @PutMapping("/{period}/limit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Finance sets the most the period's budget may approve; refused once it is approved")
    void setLimit(@PathVariable String period, @Valid @RequestBody LimitForm form) {
        limits.set(period, form.amount());
    }

    @PostMapping("/{period}/lines/{lineId}/move")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move an included line to the next period's budget, saying why")
    void moveToNextPeriod(@PathVariable String period, @PathVariable Long lineId, @Valid @RequestBody MoveForm form) {
        preparation.moveToNextPeriod(period, lineId, form.reason());
    }

    @PostMapping("/{period}/intake")
    @Operation(summary = "Take into a draft what has come to wait since it opened; answers how many")
    Intake takeInWaiting(@PathVariable String period) {
        return new Intake(preparation.takeInWaiting(period));
    }

    @PostMapping("/{period}/comments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Comment on a budget")
    void comment(@PathVariable String period, @Valid @RequestBody CommentForm form) {
        preparation.comment(period, form.text());
    }

    /** What finance allows a period's budget. */
    record LimitForm(@NotNull(message = "{validation.required}")
                     @DecimalMin(value = "0.00", message = "{validation.amount}")
                     @Digits(integer = 13, fraction = 2, message = "{validation.amount}") BigDecimal amount) {
    }

    /** Why a line waits for the next period's budget. */
    record MoveForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                    String reason) {
    }

    record CommentForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                       String text) {
    }

    /** @param taken how many lines the draft took in */
    record Intake(int taken) {
    }
}
