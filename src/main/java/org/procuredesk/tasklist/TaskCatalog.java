package org.procuredesk.tasklist;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/** The processes deployed and the user tasks of each, for choosing what a task list shows: read from the models. */
@Service
public class TaskCatalog {

    private final RepositoryService repositoryService;

    TaskCatalog(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Every process with user tasks, in the latest version of its model, by key. */
    public List<ProcessSteps> processes() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey))
                .map(definition -> new ProcessSteps(definition.getKey(),
                        repositoryService.getBpmnModelInstance(definition.getId())
                                .getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList()))
                .filter(process -> !process.taskKeys().isEmpty())
                .toList();
    }

    /**
     * @param processKey the key of a process, e.g. {@code applicationToIt}
     * @param taskKeys   the ids of its user tasks, in model order
     */
    public record ProcessSteps(String processKey, List<String> taskKeys) {
    }
}
