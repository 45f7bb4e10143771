package org.procuredesk.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Duration;
import java.time.Instant;
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

/** Every day one timer job, run on one node, asks for the reminders of expiring licences. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/licence-expiry.bpmn")
class LicenceExpiryProcessTest {

    ProcessEngine processEngine;
    final Expiry expiry = new Expiry();

    @BeforeEach
    void registerBean() {
        Mocks.register("licenceExpiry", expiry);
    }

    @AfterEach
    void clearBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theDailyTimerSendsTheRemindersDueAndWaitsForTheNextDay() {
        Job timer = dailyTimer();
        Instant firstRun = timer.getDuedate().toInstant();

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        assertThat(expiry.runs).isEqualTo(1);
        HistoricProcessInstance run = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(LicenceExpiryProcess.KEY).singleResult();
        assertThat(run.getEndActivityId()).isEqualTo(LicenceExpiryProcess.REMINDERS_SENT);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .activityId(LicenceExpiryProcess.REMIND_OF_EXPIRING_LICENCES).count()).isEqualTo(1);
        assertThat(dailyTimer().getDuedate().toInstant()).isEqualTo(firstRun.plus(Duration.ofDays(1)));
    }

    private Job dailyTimer() {
        return managementService().createJobQuery().activityId(LicenceExpiryProcess.EVERY_DAY).singleResult();
    }

    /** Stands in for {@code licenceExpiry}: counts the runs. */
    public static class Expiry {

        int runs;

        public List<Long> remindDueIfAutomatic() {
            runs++;
            return List.of();
        }
    }
}
