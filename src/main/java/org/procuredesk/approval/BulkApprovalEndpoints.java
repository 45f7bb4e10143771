package org.procuredesk.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.procuredesk.system.ApiPaths;
import org.procuredesk.system.Message;
import org.procuredesk.system.MessageTexts;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Several approvals at once over REST, the same service as the task list's dialog; why a task was left open
 * is written in the language of {@code Accept-Language}.
 */
@RestController
@RequestMapping(ApiPaths.TASKS)
@Tag(name = "Approvals")
class BulkApprovalEndpoints {

    private final BulkApproval bulkApproval;
    private final MessageTexts texts;

    BulkApprovalEndpoints(BulkApproval bulkApproval, MessageTexts texts) {
        this.bulkApproval = bulkApproval;
        this.texts = texts;
    }

    @PostMapping("/bulk-approval")
    @Operation(summary = "Approve several applications at once, once confirmed: each approval task without a warning "
            + "becomes its own decision; the others stay open, each with the reason")
    List<OutcomeView> approve(@Valid @RequestBody BulkApprovalForm form, Locale locale) {
        return bulkApproval.approve(form.taskIds(), form.confirmed()).stream()
                .map(outcome -> view(outcome, locale))
                .toList();
    }

    private OutcomeView view(BulkApprovalOutcome outcome, Locale locale) {
        Message reason = outcome.reason();
        return new OutcomeView(outcome.taskId(), outcome.applicationNumber(), outcome.approved(),
                reason == null ? null : reason.key(), reason == null ? null : texts.write(reason, locale));
    }

    /** The approval tasks to approve, and the approver's confirmation that they mean it. */
    record BulkApprovalForm(
            @NotEmpty(message = "{approval.bulk.none}") @Size(max = BulkApproval.MOST, message = "{approval.bulk.tooMany}")
            List<@NotBlank(message = "{validation.required}") String> taskIds,
            boolean confirmed) {
    }

    /**
     * What became of one task.
     *
     * @param reasonKey the message key of why it was not approved, e.g. {@code task.alreadyHandled}; none when it was
     * @param reason    the same, written out
     */
    record OutcomeView(String taskId, String applicationNumber, boolean approved, String reasonKey, String reason) {
    }
}
