package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every day one timer job, run on one node, starts the replenishments that are missing. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/replenishment-check.bpmn")
class ReplenishmentCheckProcessTest {

    ProcessEngine processEngine;
    final Check check = new Check();

    /** Before the model is deployed: its timer asks the bean for its cycle then. */
    ReplenishmentCheckProcessTest() {
        Mocks.register("replenishmentCheck", check);
    }

    @AfterEach
    void clearBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theDailyTimerStartsTheMissingReplenishmentsAndWaitsForTheNextDay() {
        Job timer = managementService().createJobQuery().activityId(ReplenishmentProcess.EVERY_DAY).singleResult();
        Instant firstCheck = timer.getDuedate().toInstant();

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        assertThat(LocalDateTime.ofInstant(firstCheck, ZoneId.systemDefault()).toLocalTime()).hasToString("06:30");
        assertThat(check.checks).isEqualTo(1);
        HistoricProcessInstance run = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReplenishmentProcess.CHECK_KEY).singleResult();
        assertThat(run.getEndActivityId()).isEqualTo(ReplenishmentProcess.CHECKED);
        Job next = managementService().createJobQuery().activityId(ReplenishmentProcess.EVERY_DAY).singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(firstCheck.plusSeconds(86_400));
    }

    /** Stands in for {@code replenishmentCheck}: the configured cycle, and counts the checks. */
    public static class Check {

        int checks;

        public String cycle() {
            return "0 30 6 * * ?";
        }

        public int startMissingIfAutomatic() {
            checks++;
            return 0;
        }
    }
}
