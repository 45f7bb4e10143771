package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The models in bpmn/ reach the engine at start, and a restart redeploys only what changed. */
@ProcureDeskIntegrationTest
class ModelDeploymentTest {

    @Autowired
    ModelDeployment modelDeployment;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyModelInTheBpmnFolderIsDeployedAtStart() throws IOException {
        List<String> deployedResources = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getResourceName)
                .toList();

        assertThat(deployedResources).containsAll(modelsInTheBpmnFolder());
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("applicationToIt")
                .latestVersion().singleResult().getName()).isEqualTo("Application to IT");
    }

    @Test
    void restartWithUnchangedModelsDeploysNothing() {
        long definitions = repositoryService.createProcessDefinitionQuery().count();

        assertThat(modelDeployment.deploy()).isEmpty();
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }

    @Test
    void onlyTheChangedModelBecomesANewVersion() {
        assertThat(modelDeployment.deploy("deployment-test", "deployment-test/first"))
                .containsExactlyInAnyOrder("bpmn/alpha.bpmn", "bpmn/beta.bpmn");

        assertThat(modelDeployment.deploy("deployment-test", "deployment-test/second")).containsExactly("bpmn/alpha.bpmn");
        assertThat(modelDeployment.deploy("deployment-test", "deployment-test/second")).isEmpty();

        assertThat(latestVersionOf("deploymentTestAlpha")).isEqualTo(2);
        assertThat(latestVersionOf("deploymentTestBeta")).isEqualTo(1);
    }

    private int latestVersionOf(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getVersion();
    }

    private static List<String> modelsInTheBpmnFolder() throws IOException {
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            return models.map(path -> "bpmn/" + path.getFileName())
                    .filter(name -> name.endsWith(".bpmn"))
                    .toList();
        }
    }
}
