package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine keeps its dangerous doors shut: no Java serialization, no expressions in queries. */
@ProcureDeskIntegrationTest
class EngineHardeningTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void javaSerializedVariablesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("payload")));
        }
        String serialized = Base64.getEncoder().encodeToString(bytes.toByteArray());

        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .isJavaSerializationFormatEnabled()).isFalse();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ApplicationToItProcess.KEY,
                Variables.createVariables().putValueTyped("smuggled", Variables.serializedObjectValue(serialized)
                        .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                        .objectTypeName(ArrayList.class.getName()).create())))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Java serialization");
    }

    @Test
    void queriesNeverEvaluateExpressions() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThatThrownBy(() -> processEngine.getTaskService().createTaskQuery()
                .taskCandidateGroupExpression("${'x'.getClass()}").list())
                .isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void historyIsKeptInFull() {
        assertThat(processEngine.getProcessEngineConfiguration().getHistory()).isEqualTo("full");
    }
}
