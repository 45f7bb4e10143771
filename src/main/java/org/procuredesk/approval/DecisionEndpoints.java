package org.procuredesk.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An approver's decision on an approval task, over REST: the same service as the task form. */
@RestController
@RequestMapping(ApiPaths.TASKS)
@Tag(name = "Approvals")
class DecisionEndpoints {

    private final ApprovalService approvals;

    DecisionEndpoints(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @PostMapping("/{taskId}/decision")
    @Operation(summary = "Approve, reject or return an application; rejecting and returning need a comment")
    ResponseEntity<Void> decide(@PathVariable String taskId, @Valid @RequestBody DecisionForm form) {
        approvals.decide(taskId, form.decision(), form.comment());
        return ResponseEntity.noContent().build();
    }

    /** An approver's decision and its reason. */
    record DecisionForm(@NotNull(message = "{validation.required}") Decision decision,
                        @Size(max = 2000, message = "{validation.tooLong}") String comment) {
    }
}
