package org.procuredesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every hour one timer job, run on one node, asks for the budgets due to be opened. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/budget-opening.bpmn")
class BudgetOpeningProcessTest {

    ProcessEngine processEngine;
    final Opening opening = new Opening();

    @BeforeEach
    void registerBean() {
        Mocks.register("budgetOpening", opening);
    }

    @AfterEach
    void clearBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theHourlyTimerOpensTheBudgetsDueAndWaitsForTheNextHour() {
        Job timer = managementService().createJobQuery().activityId(BudgetProcess.EVERY_HOUR).singleResult();
        Instant firstCheck = timer.getDuedate().toInstant();

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        assertThat(opening.checks).isEqualTo(1);
        HistoricProcessInstance check = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(BudgetProcess.OPENING_KEY).singleResult();
        assertThat(check.getEndActivityId()).isEqualTo("budgetsOpened");
        Job next = managementService().createJobQuery().activityId(BudgetProcess.EVERY_HOUR).singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(firstCheck.plusSeconds(3600));
    }

    /** Stands in for {@code budgetOpening}: counts the checks. */
    public static class Opening {

        int checks;

        public List<String> openDueIfAutomatic() {
            checks++;
            return List.of();
        }
    }
}
