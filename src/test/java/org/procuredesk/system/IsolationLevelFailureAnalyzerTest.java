package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class IsolationLevelFailureAnalyzerTest {

    private final IsolationLevelFailureAnalyzer analyzer = new IsolationLevelFailureAnalyzer();

    @Test
    void theEnginesRefusalOfRepeatableReadIsExplainedWithWhatToSet() {
        ProcessEngineException refusal = ProcessEngineLogger.CONFIG_LOGGER.invalidTransactionIsolationLevel("REPEATABLE_READ");

        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("processEngineFactoryBean", refusal));

        assertThat(analysis.getDescription()).isEqualTo("The database runs transactions in REPEATABLE READ isolation;"
                + " ProcureDesk's process engine needs READ COMMITTED.");
        assertThat(analysis.getAction())
                .contains("spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED")
                .contains("transaction-isolation=READ-COMMITTED in the database server's configuration");
        assertThat(analysis.getCause()).isSameAs(refusal);
    }

    @Test
    void anyOtherRefusalOfTheEngineIsLeftToSpringBoot() {
        assertThat(analyzer.analyze(new BeanCreationException("processEngineFactoryBean",
                new ProcessEngineException("ENGINE-03057 There are no Camunda tables in the database")))).isNull();
    }
}
