package org.procuredesk.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/**
 * Each execution of an element of a case: for a user task, who completed it and, when a substitute completed someone
 * else's task (the task's owner then names them), for whom; what the step decided and what was said on it.
 */
@Component
class ElementExecutions {

    private final CaseInstances cases;
    private final HistoryService historyService;
    private final VariableChanges variables;
    private final TaskComments comments;
    private final PeopleDirectory people;

    ElementExecutions(CaseInstances cases, HistoryService historyService, VariableChanges variables,
                      TaskComments comments, PeopleDirectory people) {
        this.cases = cases;
        this.historyService = historyService;
        this.variables = variables;
        this.comments = comments;
        this.people = people;
    }

    List<AuditViews.ElementExecution> of(String businessKey, String elementId) {
        HistoricProcessInstance instance = cases.existing(businessKey);
        Map<String, HistoricTaskInstance> tasks = tasksOf(instance.getId());
        List<HistoricVariableUpdate> changes = variables.ofProcess(instance.getId());
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(elementId).orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence()
                .asc().list().stream()
                .map(execution -> execution(execution, tasks.get(execution.getTaskId()), changes))
                .toList();
    }

    /** The case's user tasks by id. */
    Map<String, HistoricTaskInstance> tasksOf(String processInstanceId) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
    }

    /** Who completed the task, or holds it while it is open. */
    static String who(HistoricTaskInstance task) {
        return task == null ? null : task.getAssignee();
    }

    /** For whom a substitute completed it: its owner, when that is someone else. */
    static String actingFor(HistoricTaskInstance task) {
        return task == null || task.getOwner() == null || task.getOwner().equals(task.getAssignee()) ? null
                : task.getOwner();
    }

    private AuditViews.ElementExecution execution(HistoricActivityInstance execution, HistoricTaskInstance task,
                                                  List<HistoricVariableUpdate> changes) {
        String who = who(task);
        String actingFor = actingFor(task);
        return new AuditViews.ElementExecution(execution.getActivityId(), execution.getActivityName(),
                execution.getActivityType(), EngineTimes.of(execution.getStartTime()),
                EngineTimes.of(execution.getEndTime()), execution.getDurationInMillis(), who, people.nameOf(who),
                actingFor, people.nameOf(actingFor),
                VariableChanges.decidedBy(changes, execution.getId(), execution.getTaskId()),
                comments.of(execution.getTaskId()));
    }
}
