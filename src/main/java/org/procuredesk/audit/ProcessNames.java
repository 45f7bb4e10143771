package org.procuredesk.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.procuredesk.system.DomainException;
import org.springframework.stereotype.Component;

/** The deployed process versions' names and models; the engine caches the definitions these read. */
@Component
class ProcessNames {

    private final RepositoryService repositoryService;

    ProcessNames(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The version; refused, as not found, for an id no version has. */
    ProcessDefinition definition(String processDefinitionId) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(processDefinitionId).singleResult();
        if (definition == null) {
            throw new DomainException("audit.process.notFound", processDefinitionId);
        }
        return definition;
    }

    /** The version's name, or its key when the model names none. */
    String nameOf(String processDefinitionId) {
        return nameOf(repositoryService.getProcessDefinition(processDefinitionId));
    }

    static String nameOf(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    String xmlOf(String processDefinitionId) {
        try (InputStream model = repositoryService.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
