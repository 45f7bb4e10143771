package org.procuredesk.system;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN model of {@code bpmn/} (packaged onto the classpath) when the
 * application starts. Only models that changed since the last deployment become new versions;
 * a restart with unchanged models deploys nothing.
 */
@Component
public class ModelDeployment {

    static final String DEPLOYMENT_NAME = "procuredesk";
    static final String[] PATTERNS = {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn"};

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resources;

    ModelDeployment(RepositoryService repositoryService, ResourcePatternResolver resources) {
        this.repositoryService = repositoryService;
        this.resources = resources;
    }

    @PostConstruct
    void deployOnStart() {
        deploy();
    }

    /** Deploys the models that changed; returns the names of the models it deployed. */
    public List<String> deploy() {
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (Resource model : models()) {
            try (InputStream content = model.getInputStream()) {
                deployment.addInputStream("bpmn/" + model.getFilename(), content);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read model " + model, unreadable);
            }
        }
        DeploymentWithDefinitions result = deployment.deployWithResult();
        List<String> deployed = new ArrayList<>();
        if (result.getDeployedProcessDefinitions() != null) {
            result.getDeployedProcessDefinitions().forEach(definition -> deployed.add(definition.getResourceName()));
        }
        if (result.getDeployedDecisionDefinitions() != null) {
            result.getDeployedDecisionDefinitions().forEach(definition -> deployed.add(definition.getResourceName()));
        }
        LOG.info("Models deployed: {}", deployed.isEmpty() ? "none changed" : deployed);
        return deployed;
    }

    private List<Resource> models() {
        List<Resource> models = new ArrayList<>();
        for (String pattern : PATTERNS) {
            try {
                models.addAll(List.of(resources.getResources(pattern)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot list models " + pattern, unreadable);
            }
        }
        return models;
    }
}
