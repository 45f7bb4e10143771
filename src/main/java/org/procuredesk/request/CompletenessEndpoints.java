package org.procuredesk.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** IT support's completeness check of a submitted application, over REST: the same service as the task form. */
@RestController
@RequestMapping(ApiPaths.TASKS)
@Tag(name = "Applications to IT")
class CompletenessEndpoints {

    private final RequestTaskService requestTasks;

    CompletenessEndpoints(RequestTaskService requestTasks) {
        this.requestTasks = requestTasks;
    }

    @PostMapping("/{taskId}/completeness")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "IT support accepts a complete application, or returns it saying what is missing")
    void check(@PathVariable String taskId, @Valid @RequestBody CompletenessForm form) {
        requestTasks.checkCompleteness(taskId, form.verdict(), form.comment());
    }

    /** The verdict, and what is missing when the application goes back to its requester. */
    record CompletenessForm(@NotNull(message = "{validation.required}") Completeness verdict,
                            @Size(max = 2000, message = "{validation.tooLong}") String comment) {
    }
}
