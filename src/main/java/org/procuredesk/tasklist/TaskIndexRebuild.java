package org.procuredesk.tasklist;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.tasklist.TaskIndexWriter.Candidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the task list's model afresh from the engine when it does not hold every open task — the first
 * start after an upgrade, or a database restored from elsewhere — in one engine transaction.
 */
@Component
class TaskIndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(TaskIndexRebuild.class);
    private static final int PAGE = 500;

    private final ProcessEngineConfigurationImpl engine;
    private final TaskService taskService;
    private final TaskIndexWriter writer;
    private final JdbcTemplate jdbc;

    TaskIndexRebuild(ProcessEngineConfigurationImpl engine, TaskService taskService, TaskIndexWriter writer,
                     JdbcTemplate jdbc) {
        this.engine = engine;
        this.taskService = taskService;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfIncomplete() {
        Long engineTasks = jdbc.queryForObject("select count(*) from ACT_RU_TASK where PROC_INST_ID_ is not null",
                Long.class);
        Long indexed = jdbc.queryForObject("select count(*) from task_index", Long.class);
        if (!engineTasks.equals(indexed)) {
            LOG.info("The task list holds {} of the engine's {} open tasks: rebuilding it", indexed, engineTasks);
            rebuild();
        }
    }

    /** Replaces the whole model with the engine's open tasks, as the writer would have recorded them. */
    void rebuild() {
        engine.getCommandExecutorTxRequired().execute(this::rebuildIn);
    }

    private Void rebuildIn(CommandContext context) {
        jdbc.update("delete from task_candidate");
        jdbc.update("delete from task_index");
        int offset = 0;
        for (List<Task> tasks = page(offset); !tasks.isEmpty(); tasks = page(offset += PAGE)) {
            tasks.stream().filter(task -> task.getProcessInstanceId() != null).forEach(task -> index(context, task));
        }
        return null;
    }

    private List<Task> page(int offset) {
        return taskService.createTaskQuery().orderByTaskId().asc().listPage(offset, PAGE);
    }

    private void index(CommandContext context, Task task) {
        ExecutionEntity instance = context.getExecutionManager().findExecutionById(task.getProcessInstanceId());
        String processKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
        writer.insert(task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(),
                instance.getBusinessKey(), task.getAssignee(), task.getCreateTime(), task.getDueDate(),
                writer.summaryOf(processKey, instance));
        taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .forEach(link -> writer.addCandidate(task.getId(), Candidate.of(link.getGroupId(), link.getUserId())));
    }
}
