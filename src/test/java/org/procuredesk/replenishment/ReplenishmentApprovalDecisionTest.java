package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The table {@code bpmn/replenishment-approval.dmn} on the plain DMN engine: each rule, and the limit itself. */
class ReplenishmentApprovalDecisionTest {

    static final double LIMIT = 1000.00;

    static DmnEngine dmnEngine;
    static DmnDecision replenishmentApproval;

    @BeforeAll
    static void parseTheTable() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = ReplenishmentApprovalDecisionTest.class
                .getResourceAsStream("/bpmn/replenishment-approval.dmn")) {
            replenishmentApproval = dmnEngine.parseDecision(ReplenishmentProcess.DECISION_KEY, table);
        }
    }

    @Test
    void anOrderWorthMoreThanTheLimitNeedsTheItHead() {
        assertThat(approvalNeeded(1000.01)).isTrue();
    }

    @Test
    void anOrderWorthUpToTheLimitNeedsNoApproval() {
        assertThat(approvalNeeded(250.00)).isFalse();
    }

    @Test
    void anOrderWorthExactlyTheLimitNeedsNoApproval() {
        assertThat(approvalNeeded(LIMIT)).isFalse();
    }

    private static boolean approvalNeeded(double orderValue) {
        return dmnEngine.evaluateDecisionTable(replenishmentApproval, Variables.createVariables()
                        .putValue("orderValue", orderValue).putValue("approvalAbove", LIMIT))
                .getSingleResult().getEntry(ReplenishmentProcess.VAR_APPROVAL_NEEDED);
    }
}
