package org.procuredesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.procuredesk.request.ApplicationToItProcess.APPLICATION_FULFILLED;
import static org.procuredesk.request.ApplicationToItProcess.APPLICATION_REJECTED_FROM_BUDGET;
import static org.procuredesk.request.ApplicationToItProcess.APPLICATION_REJECTED_OVER_PRICE;
import static org.procuredesk.request.ApplicationToItProcess.APPROVE_PRICE_OVERRUN;
import static org.procuredesk.request.ApplicationToItProcess.BUDGET_APPROVED;
import static org.procuredesk.request.ApplicationToItProcess.BUDGET_EXCLUDED;
import static org.procuredesk.request.ApplicationToItProcess.CHECK_STOCK;
import static org.procuredesk.request.ApplicationToItProcess.CONFIRM_RECEIPT;
import static org.procuredesk.request.ApplicationToItProcess.DECIDE_EXCLUDED_APPLICATION;
import static org.procuredesk.request.ApplicationToItProcess.DELIVERY_LATE;
import static org.procuredesk.request.ApplicationToItProcess.HAND_OVER;
import static org.procuredesk.request.ApplicationToItProcess.MESSAGE_BUDGET_APPROVED;
import static org.procuredesk.request.ApplicationToItProcess.MESSAGE_BUDGET_EXCLUDED;
import static org.procuredesk.request.ApplicationToItProcess.MESSAGE_WITHDRAWN;
import static org.procuredesk.request.ApplicationToItProcess.PLACE_ORDER;
import static org.procuredesk.request.ApplicationToItProcess.RECEIPT_CONFIRMATION_OVERDUE;
import static org.procuredesk.request.ApplicationToItProcess.RECEIVE_GOODS;
import static org.procuredesk.request.ApplicationToItProcess.REMIND_LATE_DELIVERY;
import static org.procuredesk.request.ApplicationToItProcess.VAR_DECISION;
import static org.procuredesk.request.ApplicationToItProcess.VAR_EXCLUSION;
import static org.procuredesk.request.ApplicationToItProcess.VAR_PRICE_OVERRUN;
import static org.procuredesk.request.ApplicationToItProcess.VAR_PURCHASE_ORDER_ID;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUESTER;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUEST_ID;
import static org.procuredesk.request.ApplicationToItProcess.VAR_STOCK_RESERVED;
import static org.procuredesk.request.ApplicationToItProcess.WAIT_FOR_BUDGET;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.ApplicationToItProcess.Exclusion;
import org.procuredesk.request.ApplicationToItProcessTest.FixedBusinessCalendar;
import org.procuredesk.request.ApplicationToItProcessTest.RecordingRequestStatus;
import org.procuredesk.request.ApplicationToItProcessTest.RecordingSegregationOfDuties;

/**
 * The approved application on its way to its requester: the stock shortcut, the wait for a budget and its
 * exclusion, the order and its price overrun, the receipt with its late-delivery reminders, and the handover
 * with its automatic confirmation. Each path starts at its own step; the beans the model calls are fakes.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/application-to-it.bpmn", "bpmn/approval-routing.dmn"})
class ApplicationFulfilmentProcessTest {

    static final String REQUESTER = "ana.requester";
    static final Long REQUEST_ID = 42L;
    static final Long ORDER_ID = 7L;
    static final Instant FIRST_REMINDER = Instant.parse("2030-01-10T07:00:00Z");

    ProcessEngine processEngine;
    final RecordingRequestStatus requestStatus = new RecordingRequestStatus();
    final RecordingSegregationOfDuties segregationOfDuties = new RecordingSegregationOfDuties();
    final StockOutcome checkStock = new StockOutcome();
    final RecordedCalls stockReservations = new RecordedCalls();
    final LateDeliveryReminders lateDelivery = new LateDeliveryReminders();
    final RecordedCalls handovers = new RecordedCalls();
    final RecordedCalls orderPlacement = new RecordedCalls();
    final RecordedCalls notices = new RecordedCalls();
    String businessKey;

    @BeforeEach
    void registerBeans() {
        businessKey = "APP-TEST-" + System.nanoTime();
        Mocks.register("requestStatus", requestStatus);
        Mocks.register("segregationOfDuties", segregationOfDuties);
        Mocks.register("businessCalendar", new FixedBusinessCalendar());
        Mocks.register("checkStock", checkStock);
        Mocks.register("stockReservations", stockReservations);
        Mocks.register("lateDelivery", lateDelivery);
        Mocks.register("handovers", handovers);
        Mocks.register("orderPlacement", orderPlacement);
        Mocks.register("applicationNotices", notices);
    }

    @AfterEach
    void clearBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // check stock

    @Test
    void approvedApplicationIsCheckedAgainstStockByTheJobExecutorNotInTheApproversTransaction() {
        ProcessInstance application = startAt(CHECK_STOCK);

        assertThat(application).isWaitingAt(CHECK_STOCK);
        assertThat(job()).hasActivityId(CHECK_STOCK);
    }

    @Test
    void everythingInStockIsReservedAndGoesStraightToTheHandover() {
        checkStock.reserves = true;
        ProcessInstance application = startAt(CHECK_STOCK);

        execute(job(application));

        assertThat(application).isWaitingAt(HAND_OVER).hasNotPassed(WAIT_FOR_BUDGET, PLACE_ORDER, RECEIVE_GOODS);
        assertThat(task(application)).hasCandidateGroup("IT_SUPPORT");
    }

    @Test
    void applicationNotCoveredByStockWaitsForItsBudget() {
        ProcessInstance application = startAt(CHECK_STOCK);

        execute(job(application));

        assertThat(application).isWaitingAt(WAIT_FOR_BUDGET);
        assertThat(requestStatus.statuses).containsExactly("WAITING_FOR_BUDGET");
    }

    // wait for budget

    @Test
    void approvedBudgetSendsTheApplicationToBeOrdered() {
        ProcessInstance application = startAt(WAIT_FOR_BUDGET);

        budget(MESSAGE_BUDGET_APPROVED);

        assertThat(application).hasPassed(BUDGET_APPROVED).isWaitingAt(PLACE_ORDER);
        assertThat(task(application)).hasCandidateGroup("IT_SUPPORT");
    }

    @Test
    void applicationExcludedFromItsBudgetIsCarriedOverByTheItHeadAndWaitsForTheNextOne() {
        ProcessInstance application = startAt(WAIT_FOR_BUDGET);

        budget(MESSAGE_BUDGET_EXCLUDED);
        assertThat(application).hasPassed(BUDGET_EXCLUDED).isWaitingAt(DECIDE_EXCLUDED_APPLICATION);
        assertThat(task(application)).hasCandidateGroup("IT_HEAD");
        complete(task(application), withVariables(VAR_EXCLUSION, Exclusion.CARRIED_OVER.name()));
        assertThat(application).isWaitingAt(WAIT_FOR_BUDGET);

        budget(MESSAGE_BUDGET_APPROVED);
        assertThat(application).isWaitingAt(PLACE_ORDER);
        assertThat(requestStatus.statuses).containsExactly("WAITING_FOR_BUDGET", "WAITING_FOR_BUDGET");
    }

    @Test
    void applicationExcludedFromItsBudgetAndRejectedByTheItHeadEndsRejected() {
        ProcessInstance application = startAt(WAIT_FOR_BUDGET);
        budget(MESSAGE_BUDGET_EXCLUDED);

        complete(task(application), withVariables(VAR_EXCLUSION, Exclusion.REJECTED.name()));

        assertThat(application).hasPassed(APPLICATION_REJECTED_FROM_BUDGET).isEnded();
        assertThat(requestStatus.statuses).last().isEqualTo("REJECTED");
        assertThat(notices.calls).containsExactly("rejected");
        assertThat(stockReservations.calls).containsExactly("release");
    }

    // place order

    @Test
    void orderWithinTheApprovedTotalGoesToTheWarehouseToBeReceived() {
        ProcessInstance application = startAt(PLACE_ORDER);

        placeOrder(application, false);

        assertThat(application).isWaitingAt(RECEIVE_GOODS).hasNotPassed(APPROVE_PRICE_OVERRUN);
        assertThat(task(application)).hasCandidateGroup("WAREHOUSE");
        assertThat(requestStatus.statuses).containsExactly("ORDERED");
    }

    @Test
    void orderOverTheMarginNeedsTheItHeadToApproveTheDifferenceFirst() {
        ProcessInstance application = startAt(PLACE_ORDER);

        placeOrder(application, true);
        assertThat(application).isWaitingAt(APPROVE_PRICE_OVERRUN);
        assertThat(task(application)).hasCandidateGroup("IT_HEAD");
        complete(task(application), withVariables(VAR_DECISION, Decision.APPROVED.name()));

        assertThat(application).hasPassedInOrder(PLACE_ORDER, APPROVE_PRICE_OVERRUN).isWaitingAt(RECEIVE_GOODS);
        assertThat(segregationOfDuties.events).containsExactly("approvePriceOverrun:complete");
    }

    @Test
    void priceOverrunSentBackIsOrderedAgainByItSupport() {
        ProcessInstance application = startAt(PLACE_ORDER);
        placeOrder(application, true);

        complete(task(application), withVariables(VAR_DECISION, Decision.RETURNED.name()));
        assertThat(application).isWaitingAt(PLACE_ORDER);
        assertThat(orderPlacement.calls).containsExactly("cancelOrderInForce");
        placeOrder(application, false);

        assertThat(application).isWaitingAt(RECEIVE_GOODS);
    }

    @Test
    void priceOverrunRejectedByTheItHeadEndsTheApplicationRejected() {
        ProcessInstance application = startAt(PLACE_ORDER);
        placeOrder(application, true);

        complete(task(application), withVariables(VAR_DECISION, Decision.REJECTED.name()));

        assertThat(application).hasPassed(APPLICATION_REJECTED_OVER_PRICE).isEnded();
        assertThat(orderPlacement.calls).containsExactly("cancelOrderInForce");
        assertThat(requestStatus.statuses).last().isEqualTo("REJECTED");
        assertThat(notices.calls).containsExactly("rejected");
    }

    // receive goods

    @Test
    void lateDeliveryRemindsItSupportEveryDayFromTheDayAfterTheExpectedDateUntilTheGoodsArrive() {
        ProcessInstance application = startAt(PLACE_ORDER);
        placeOrder(application, false);

        Job reminder = lateDeliveryTimer();
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(FIRST_REMINDER));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        Job nextDay = lateDeliveryTimer();
        assertThat(nextDay.getDuedate()).isEqualTo(Date.from(FIRST_REMINDER.plus(1, ChronoUnit.DAYS)));
        ClockUtil.setCurrentTime(nextDay.getDuedate());
        execute(nextDay);

        assertThat(lateDelivery.reminded).isEqualTo(2);
        assertThat(application).hasPassed(REMIND_LATE_DELIVERY).isWaitingAt(RECEIVE_GOODS);

        complete(task(application));
        assertThat(application).isWaitingAt(HAND_OVER);
        assertThat(managementService().createJobQuery().activityId(DELIVERY_LATE).count()).isZero();
    }

    // hand over

    @Test
    void handedOverItemsAreConfirmedByTheRequesterAndTheApplicationIsFulfilled() {
        ProcessInstance application = startAt(RECEIVE_GOODS);
        complete(task(application));
        complete(task(application));

        assertThat(application).isWaitingAt(CONFIRM_RECEIPT);
        assertThat(task(application)).isAssignedTo(REQUESTER);
        complete(task(application));

        assertThat(application).hasPassedInOrder(RECEIVE_GOODS, HAND_OVER, CONFIRM_RECEIPT, APPLICATION_FULFILLED)
                .isEnded();
        assertThat(requestStatus.statuses).containsExactly("ORDERED", "HANDED_OVER", "FULFILLED");
        assertThat(handovers.calls).isEmpty();
    }

    @Test
    void receiptNobodyConfirmsIsConfirmedAutomaticallyAfterFiveWorkingDays() {
        ProcessInstance application = startAt(HAND_OVER);
        complete(task(application));

        Job overdue = managementService().createJobQuery().activityId(RECEIPT_CONFIRMATION_OVERDUE).singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(new FixedBusinessCalendar().dueAfterWorkingDays(5));
        execute(overdue);

        assertThat(application).hasPassed(RECEIPT_CONFIRMATION_OVERDUE, APPLICATION_FULFILLED).isEnded();
        assertThat(handovers.calls).containsExactly("confirmedAutomatically");
        assertThat(requestStatus.statuses).last().isEqualTo("FULFILLED");
    }

    @Test
    void applicationWithdrawnWhileItsStockIsReservedGivesTheStockBack() {
        ProcessInstance application = startAt(HAND_OVER);

        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(businessKey).correlate();

        assertThat(application).isEnded();
        assertThat(stockReservations.calls).containsExactly("release");
        assertThat(requestStatus.statuses).last().isEqualTo("WITHDRAWN");
    }

    // helpers

    private ProcessInstance startAt(String activityId) {
        return runtimeService().createProcessInstanceByKey(ApplicationToItProcess.KEY).businessKey(businessKey)
                .setVariables(Map.of(VAR_REQUEST_ID, REQUEST_ID, VAR_REQUESTER, REQUESTER))
                .startBeforeActivity(activityId).execute();
    }

    private void budget(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlate();
    }

    private static void placeOrder(ProcessInstance application, boolean overrun) {
        complete(task(application), withVariables(VAR_PURCHASE_ORDER_ID, ORDER_ID, VAR_PRICE_OVERRUN, overrun));
    }

    private static Job lateDeliveryTimer() {
        return managementService().createJobQuery().activityId(DELIVERY_LATE).singleResult();
    }

    // the beans the model calls

    /** Reserves everything or nothing, as told. */
    public static class StockOutcome implements JavaDelegate {
        boolean reserves;

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(VAR_STOCK_RESERVED, reserves);
        }
    }

    /** Starts reminding the day after a delivery expected on 9 January 2030, at 09:00 in Bucharest. */
    public static class LateDeliveryReminders implements JavaDelegate {
        int reminded;

        public String reminderCycle(DelegateExecution execution) {
            return "R/2030-01-10T09:00:00+02:00/P1D";
        }

        @Override
        public void execute(DelegateExecution execution) {
            reminded++;
        }
    }
}
