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
    static final String MODELS_FOLDER = "bpmn";

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

    /** Deploys the models of {@code bpmn/} that changed; returns the names of the models it deployed. */
    public List<String> deploy() {
        return deploy(DEPLOYMENT_NAME, MODELS_FOLDER);
    }

    List<String> deploy(String deploymentName, String folder) {
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(deploymentName)
                .source(deploymentName)
                .enableDuplicateFiltering(true);
        for (Resource model : models(folder)) {
            try (InputStream content = model.getInputStream()) {
                deployment.addInputStream(MODELS_FOLDER + "/" + model.getFilename(), content);
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
        LOG.info("Models deployed from {}: {}", folder, deployed.isEmpty() ? "none changed" : deployed);
        return deployed;
    }

    private List<Resource> models(String folder) {
        List<Resource> models = new ArrayList<>();
        for (String pattern : List.of("classpath*:" + folder + "/*.bpmn", "classpath*:" + folder + "/*.dmn")) {
            try {
                models.addAll(List.of(resources.getResources(pattern)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot list models " + pattern, unreadable);
            }
        }
        return models;
    }
}
