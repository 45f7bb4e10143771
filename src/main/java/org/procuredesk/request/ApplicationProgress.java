package org.procuredesk.request;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the requester's applications stand: a page of them, each with the open step of its process. */
@Service
@Transactional(readOnly = true)
public class ApplicationProgress {

    private final PurchaseRequestRepository requests;
    private final RequestAccess access;
    private final TaskService taskService;
    private final PeopleDirectory names;

    ApplicationProgress(PurchaseRequestRepository requests, RequestAccess access, TaskService taskService,
                        PeopleDirectory names) {
        this.requests = requests;
        this.access = access;
        this.taskService = taskService;
        this.names = names;
    }

    /** A page of the signed-in person's applications, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<MyApplication> mine(int page, int pageSize) {
        List<PurchaseRequest> mine = requests.findByRequesterUsernameOrderByCreatedAtDescIdDesc(
                access.currentUsername(), PageRequest.of(page, pageSize));
        Map<String, Task> openTasks = openTasks(mine.stream().map(PurchaseRequest::getProcessInstanceId)
                .filter(id -> id != null).toList());
        return mine.stream().map(request -> new MyApplication(RequestView.of(request),
                Optional.ofNullable(openTasks.get(request.getProcessInstanceId())).map(this::step))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long countMine() {
        return requests.countByRequesterUsername(access.currentUsername());
    }

    private Map<String, Task> openTasks(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list()
                .stream().collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(), (first, other) -> first));
    }

    private CurrentStep step(Task task) {
        List<String> groups = task.getAssignee() != null ? List.of() : taskService.getIdentityLinksForTask(task.getId())
                .stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
        return new CurrentStep(task.getTaskDefinitionKey(), names.nameOf(task.getAssignee()), groups,
                task.getCreateTime().toInstant());
    }
}
