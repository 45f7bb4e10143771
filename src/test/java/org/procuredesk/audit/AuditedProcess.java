package org.procuredesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationContext;

/**
 * A small test-only process, deployed by the test and removed with its history afterwards: a review, then an
 * approval, each a user task. Its cases run on the engine's clock set to chosen moments, only ever in the past: ahead,
 * the job executor would fire other tests' timers.
 */
final class AuditedProcess {

    static final String KEY = "auditedFixture";
    static final String REVIEW = "review";
    static final String APPROVE = "approve";

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final String deploymentId;
    final String definitionId;

    /** Deploys the process in the test's application. */
    AuditedProcess(ApplicationContext context) {
        this.repositoryService = context.getBean(RepositoryService.class);
        this.runtimeService = context.getBean(RuntimeService.class);
        this.taskService = context.getBean(TaskService.class);
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("Audited fixture").camundaHistoryTimeToLive(1)
                .startEvent("started").userTask(REVIEW).name("Review").userTask(APPROVE).name("Approve")
                .endEvent("done").done();
        deploymentId = repositoryService.createDeployment().name("audit-test").addModelInstance(KEY + ".bpmn", model)
                .deploy().getId();
        definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult()
                .getId();
    }

    /** Its case numbers are new each time, so no other test's case shares them. */
    static String newNumber() {
        return "AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    String startAt(Instant at, String businessKey) {
        setClock(at);
        return runtimeService.startProcessInstanceById(definitionId, businessKey).getId();
    }

    /** Completes the case's open task at the step as the person, acting for its owner when one is given. */
    void completeAt(Instant at, String processInstanceId, String step, String assignee, String owner,
                    Map<String, Object> decided) {
        setClock(at);
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step)
                .singleResult();
        if (owner != null) {
            taskService.setOwner(task.getId(), owner);
        }
        taskService.setAssignee(task.getId(), assignee);
        taskService.complete(task.getId(), decided);
    }

    void comment(String processInstanceId, String step, String text) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step)
                .singleResult();
        taskService.createComment(task.getId(), processInstanceId, text);
    }

    /**
     * Ends its running cases first, one by one as the engine does, so the task list's model hears their tasks go;
     * then removes the model with its history.
     */
    void remove() {
        ClockUtil.reset();
        List<String> running = runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).list()
                .stream().map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            runtimeService.deleteProcessInstances(running, "audit test done", false, true);
        }
        repositoryService.deleteDeployment(deploymentId, true);
    }

    private static void setClock(Instant at) {
        assertThat(at).as("the engine's clock only goes back").isBefore(Instant.now());
        ClockUtil.setCurrentTime(Date.from(at));
    }
}
