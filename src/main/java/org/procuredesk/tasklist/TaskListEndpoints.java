package org.procuredesk.tasklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's task lists and who works on a task, over REST: the same services as the task list view. */
@RestController
@RequestMapping(ApiPaths.TASKS)
@Tag(name = "Task lists")
class TaskListEndpoints {

    private final TaskList taskList;
    private final TaskAssignments assignments;

    TaskListEndpoints(TaskList taskList, TaskAssignments assignments) {
        this.taskList = taskList;
        this.assignments = assignments;
    }

    @GetMapping
    @Operation(summary = "One page of one of my task lists (MINE, GROUPS or TEAM), narrowed and sorted; a page"
            + " shorter than the limit is the last")
    List<TaskRow> list(@RequestParam(defaultValue = "MINE") TaskScope list,
                  @RequestParam(required = false) String processKey,
                  @RequestParam(required = false) String taskKey,
                  @RequestParam(required = false) DueWindow due,
                  @RequestParam(required = false) BigDecimal minAmount,
                  @RequestParam(required = false) BigDecimal maxAmount,
                  @RequestParam(required = false) Long departmentId,
                  @RequestParam(required = false) Long branchId,
                  @RequestParam(defaultValue = "CREATED") TaskSort.Field sort,
                  @RequestParam(defaultValue = "true") boolean descending,
                  @RequestParam(defaultValue = "0") int offset,
                  @RequestParam(defaultValue = "50") int limit) {
        TaskFilter filter = new TaskFilter(processKey, taskKey, due, minAmount, maxAmount, departmentId, branchId);
        return taskList.page(list, filter, new TaskSort(sort, descending), offset, limit);
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Claim an unclaimed task offered to one of my roles")
    void claim(@PathVariable String taskId) {
        assignments.claim(taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give a task I claimed back to the roles it is offered to")
    void unclaim(@PathVariable String taskId) {
        assignments.unclaim(taskId);
    }

    @PostMapping("/{taskId}/delegation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pass one of my tasks to a colleague holding a role it is offered to")
    void delegate(@PathVariable String taskId, @Valid @RequestBody Assignee assignee) {
        assignments.delegate(taskId, assignee.to());
    }

    @PostMapping("/{taskId}/reassignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A head moves a task of their team to another member of it")
    void reassign(@PathVariable String taskId, @Valid @RequestBody Assignee assignee) {
        assignments.reassign(taskId, assignee.to());
    }

    /** Who a task goes to: a user name. */
    record Assignee(@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}")
                    String to) {
    }
}
