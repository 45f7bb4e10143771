package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.procuredesk.replenishment.ReplenishmentProcess.APPROVE;
import static org.procuredesk.replenishment.ReplenishmentProcess.DELIVERY_LATE;
import static org.procuredesk.replenishment.ReplenishmentProcess.NOT_IN_BUDGET;
import static org.procuredesk.replenishment.ReplenishmentProcess.ORDER;
import static org.procuredesk.replenishment.ReplenishmentProcess.RECEIVE;
import static org.procuredesk.replenishment.ReplenishmentProcess.REPLENISHED;
import static org.procuredesk.replenishment.ReplenishmentProcess.REPLENISHMENT_REJECTED;
import static org.procuredesk.replenishment.ReplenishmentProcess.VAR_APPROVAL_NEEDED;
import static org.procuredesk.replenishment.ReplenishmentProcess.VAR_APPROVED;
import static org.procuredesk.replenishment.ReplenishmentProcess.VAR_REPLENISHMENT_ID;
import static org.procuredesk.replenishment.ReplenishmentProcess.WAIT_FOR_BUDGET;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One replenishment on its model: worked out, approved by the IT head above the limit, waiting for its budget,
 * ordered by IT support and received by the warehouse, with reminders while the delivery is late. The beans the model
 * calls are fakes; the decision table has its own test.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/stock-replenishment.bpmn")
class StockReplenishmentProcessTest {

    static final long REPLENISHMENT_ID = 7L;
    static final String NUMBER = "REP-2026-000007";
    static final Instant STARTED = Instant.parse("2026-11-26T08:00:00Z");
    static final Instant FIRST_REMINDER = Instant.parse("2026-12-02T07:00:00Z");

    ProcessEngine processEngine;
    final Steps steps = new Steps();
    final Decision decision = new Decision();

    @BeforeEach
    void registerBeans() {
        Mocks.register("replenishmentSteps", steps);
        Mocks.register("decideReplenishmentApproval", decision);
        ClockUtil.setCurrentTime(Date.from(STARTED));
    }

    @AfterEach
    void clearBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void anOrderUpToTheLimitWaitsForItsBudgetAndOnceApprovedIsOrderedReceivedAndDone() {
        ProcessInstance replenishment = start();

        assertThat(replenishment).isWaitingAt(WAIT_FOR_BUDGET);
        assertThat(steps.computed).containsExactly(REPLENISHMENT_ID);
        runtimeService().correlateMessage(ReplenishmentProcess.MESSAGE_BUDGET_APPROVED, NUMBER);
        assertThat(replenishment).isWaitingAt(ORDER);
        assertThat(task(replenishment)).hasCandidateGroup("IT_SUPPORT");
        complete(task(replenishment));
        assertThat(replenishment).isWaitingAt(RECEIVE);
        assertThat(task(replenishment)).hasCandidateGroup("WAREHOUSE");
        complete(task(replenishment));

        assertThat(replenishment).isEnded().hasPassed(REPLENISHED).hasNotPassed(APPROVE);
        assertThat(steps.states).containsExactly("WAITING_FOR_BUDGET", "TO_ORDER");
    }

    @Test
    void anOrderAboveTheLimitIsApprovedByTheItHeadBeforeItWaitsForItsBudget() {
        decision.approvalNeeded = true;
        ProcessInstance replenishment = start();

        assertThat(replenishment).isWaitingAt(APPROVE);
        assertThat(task(replenishment)).hasCandidateGroup("IT_HEAD");
        complete(task(replenishment), withVariables(VAR_APPROVED, true));

        assertThat(replenishment).isWaitingAt(WAIT_FOR_BUDGET);
        assertThat(steps.states).containsExactly("AWAITING_APPROVAL", "WAITING_FOR_BUDGET");
    }

    @Test
    void aReplenishmentTheItHeadRejectsEndsRejected() {
        decision.approvalNeeded = true;
        ProcessInstance replenishment = start();

        complete(task(replenishment), withVariables(VAR_APPROVED, false));

        assertThat(replenishment).isEnded().hasPassed(REPLENISHMENT_REJECTED);
        assertThat(steps.states).containsExactly("AWAITING_APPROVAL", "REJECTED");
    }

    @Test
    void aReplenishmentItsBudgetLeftOutEndsNotInBudget() {
        ProcessInstance replenishment = start();

        runtimeService().correlateMessage(ReplenishmentProcess.MESSAGE_BUDGET_EXCLUDED, NUMBER);

        assertThat(replenishment).isEnded().hasPassed(NOT_IN_BUDGET);
        assertThat(steps.states).containsExactly("WAITING_FOR_BUDGET", "NOT_IN_BUDGET");
    }

    @Test
    void aLateDeliveryRemindsEveryDayFromTheMorningAfterItWasExpectedUntilItIsReceived() {
        ProcessInstance replenishment = start();
        runtimeService().correlateMessage(ReplenishmentProcess.MESSAGE_BUDGET_APPROVED, NUMBER);
        complete(task(replenishment));

        Job late = lateTimer();
        assertThat(late.getDuedate()).isEqualTo(Date.from(FIRST_REMINDER));
        ClockUtil.setCurrentTime(late.getDuedate());
        execute(late);

        assertThat(steps.reminded).containsExactly(REPLENISHMENT_ID);
        assertThat(replenishment).isWaitingAt(RECEIVE);
        assertThat(lateTimer().getDuedate()).isEqualTo(Date.from(FIRST_REMINDER.plusSeconds(86_400)));
        complete(task(replenishment));
        assertThat(replenishment).isEnded();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ReplenishmentProcess.KEY, NUMBER,
                Map.of(VAR_REPLENISHMENT_ID, REPLENISHMENT_ID));
    }

    private static Job lateTimer() {
        return managementService().createJobQuery().activityId(DELIVERY_LATE).singleResult();
    }

    /** Stands in for {@code replenishmentSteps}: notes what the model asked. */
    public static class Steps {

        final List<Long> computed = new ArrayList<>();
        final List<String> states = new ArrayList<>();
        final List<Long> reminded = new ArrayList<>();

        public void computeOrder(Long replenishmentId) {
            computed.add(replenishmentId);
        }

        public void moveTo(Long replenishmentId, String state) {
            states.add(state);
        }

        public String lateReminderCycle(Long replenishmentId) {
            return "R/2026-12-02T09:00:00+02:00/P1D";
        }

        public void remindLate(Long replenishmentId) {
            reminded.add(replenishmentId);
        }
    }

    /** Stands in for the decision table: the IT head approves when told to. */
    public static class Decision implements JavaDelegate {

        boolean approvalNeeded;

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(VAR_APPROVAL_NEEDED, approvalNeeded);
        }
    }
}
