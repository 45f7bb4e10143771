package org.procuredesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.procuredesk.request.ApplicationToItProcess.APPLICATION_APPROVED;
import static org.procuredesk.request.ApplicationToItProcess.APPLICATION_REJECTED;
import static org.procuredesk.request.ApplicationToItProcess.APPLICATION_WITHDRAWN_END;
import static org.procuredesk.request.ApplicationToItProcess.APPROVE_BY_FINANCE;
import static org.procuredesk.request.ApplicationToItProcess.APPROVE_BY_IT_HEAD;
import static org.procuredesk.request.ApplicationToItProcess.APPROVE_BY_LINE_MANAGER;
import static org.procuredesk.request.ApplicationToItProcess.APPROVE_BY_SECURITY;
import static org.procuredesk.request.ApplicationToItProcess.CHECK_COMPLETENESS;
import static org.procuredesk.request.ApplicationToItProcess.CHECK_STOCK;
import static org.procuredesk.request.ApplicationToItProcess.CORRECT_APPLICATION;
import static org.procuredesk.request.ApplicationToItProcess.DECIDE_APPROVALS;
import static org.procuredesk.request.ApplicationToItProcess.MESSAGE_WITHDRAWN;
import static org.procuredesk.request.ApplicationToItProcess.VAR_COMPLETENESS;
import static org.procuredesk.request.ApplicationToItProcess.VAR_CORRECTION;
import static org.procuredesk.request.ApplicationToItProcess.VAR_DECISION;
import static org.procuredesk.request.ApplicationToItProcess.VAR_DEPARTMENT_ID;
import static org.procuredesk.request.ApplicationToItProcess.VAR_FINANCE_APPROVAL;
import static org.procuredesk.request.ApplicationToItProcess.VAR_IT_HEAD_APPROVAL;
import static org.procuredesk.request.ApplicationToItProcess.VAR_LINE_MANAGER;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUESTER;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUEST_ID;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUIRED_APPROVALS;
import static org.procuredesk.request.ApplicationToItProcess.VAR_SECURITY_APPROVAL;
import static org.procuredesk.request.ApplicationToItProcess.WITHDRAWAL_RECEIVED;
import static org.procuredesk.request.ApplicationToItProcess.Approval.FINANCE;
import static org.procuredesk.request.ApplicationToItProcess.Approval.IT_HEAD;
import static org.procuredesk.request.ApplicationToItProcess.Approval.LINE_MANAGER;
import static org.procuredesk.request.ApplicationToItProcess.Approval.SECURITY;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Correction;
import org.procuredesk.request.ApplicationToItProcess.Decision;

/**
 * The Application to IT model on the plain engine: completeness, routing, the four approvals in order,
 * rejection, return for correction and withdrawal, up to the approved application's stock check (what follows
 * is {@link ApplicationFulfilmentProcessTest}'s). The beans the model calls are fakes registered with
 * {@link Mocks}; the routing itself is {@link ApprovalRoutingDecisionTest}'s subject.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/application-to-it.bpmn", "bpmn/approval-routing.dmn"})
class ApplicationToItProcessTest {

    static final String REQUESTER = "ana.requester";
    static final String LINE_MANAGER_USERNAME = "lena.manager";
    static final String WITHDRAWN_BY_REQUESTER = "applicationWithdrawnByRequester";
    static final Instant MONDAY_EVENING = Instant.parse("2030-01-07T16:00:00Z");
    static final Date DUE = Date.from(MONDAY_EVENING.plus(2, ChronoUnit.DAYS));

    ProcessEngine processEngine;
    final RecordingRequestStatus requestStatus = new RecordingRequestStatus();
    final RecordingSegregationOfDuties segregationOfDuties = new RecordingSegregationOfDuties();
    final RecordingSegregationOfDuties escalations = new RecordingSegregationOfDuties();
    final RecordingSegregationOfDuties reminders = new RecordingSegregationOfDuties();
    final RecordedCalls notices = new RecordedCalls();
    String businessKey;

    @BeforeEach
    void registerBeans() {
        businessKey = "APP-TEST-" + System.nanoTime();
        Mocks.register("requestStatus", requestStatus);
        Mocks.register("segregationOfDuties", segregationOfDuties);
        Mocks.register("escalateApproval", escalations);
        Mocks.register("remindApprover", reminders);
        Mocks.register("applicationNotices", notices);
        Mocks.register("businessCalendar", new FixedBusinessCalendar());
        Mocks.register("stockReservations", new RecordedCalls());
        route(LINE_MANAGER);
    }

    @AfterEach
    void clearBeansAndSignOut() {
        Mocks.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    // completeness

    @Test
    void submittedApplicationWaitsForItSupportToCheckCompleteness() {
        ProcessInstance application = submit();

        assertThat(application).isWaitingAt(CHECK_COMPLETENESS).variables().containsEntry(VAR_REQUESTER, REQUESTER);
        assertThat(task(application)).hasCandidateGroup("IT_SUPPORT").isNotAssigned();
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED");
    }

    @Test
    void requesterIsTheOneTheServiceNamesNotWhoeverStartsTheInstance() {
        processEngine.getIdentityService().setAuthenticatedUserId("it.robot");
        ProcessInstance application = submit();

        assertThat(application).variables().containsEntry(VAR_REQUESTER, REQUESTER);
    }

    @Test
    void completeApplicationIsRoutedAndGoesToTheLineManager() {
        ProcessInstance application = submit();

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));

        assertThat(application).hasPassedInOrder(CHECK_COMPLETENESS, DECIDE_APPROVALS).isWaitingAt(APPROVE_BY_LINE_MANAGER)
                .variables().containsEntry(VAR_LINE_MANAGER, LINE_MANAGER_USERNAME).containsEntry(VAR_REQUIRED_APPROVALS, "LINE_MANAGER");
        assertThat(task(application)).isAssignedTo(LINE_MANAGER_USERNAME).hasDueDate(DUE);
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED", "IN_APPROVAL");
    }

    @Test
    void returnedApplicationGoesBackToItsRequesterAndIsCheckedAgainWhenResubmitted() {
        ProcessInstance application = submit();

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.RETURNED.name()));
        assertThat(application).isWaitingAt(CORRECT_APPLICATION);
        assertThat(task(application)).isAssignedTo(REQUESTER);

        complete(task(application), withVariables(VAR_CORRECTION, Correction.RESUBMITTED.name()));
        assertThat(application).isWaitingAt(CHECK_COMPLETENESS);
        assertThat(task(application)).hasCandidateGroup("IT_SUPPORT");

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        assertThat(application).hasPassed(CORRECT_APPLICATION, DECIDE_APPROVALS).isWaitingAt(APPROVE_BY_LINE_MANAGER);
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "IN_APPROVAL");
    }

    @Test
    void returnedApplicationCanBeWithdrawnByItsRequester() {
        ProcessInstance application = submit();

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.RETURNED.name()));
        complete(task(application), withVariables(VAR_CORRECTION, Correction.WITHDRAWN.name()));

        assertThat(application).hasPassed(APPLICATION_WITHDRAWN_END).hasNotPassed(DECIDE_APPROVALS).isEnded();
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED", "RETURNED", "WITHDRAWN");
    }

    @Test
    void returnedApplicationNobodyAnswersIsCancelledAfterTenWorkingDays() {
        ProcessInstance application = submit();
        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.RETURNED.name()));

        Job overdue = processEngine.getManagementService().createJobQuery().processInstanceId(application.getId())
                .timers().singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(MONDAY_EVENING.plus(10, ChronoUnit.DAYS)));
        execute(overdue);

        assertThat(application).hasPassed(ApplicationToItProcess.CORRECTION_OVERDUE, ApplicationToItProcess.APPLICATION_CANCELLED).isEnded();
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED", "RETURNED", "CANCELLED");
        assertThat(notices.calls).containsExactly("cancelled");
    }

    @ParameterizedTest
    @ValueSource(strings = {APPROVE_BY_LINE_MANAGER, APPROVE_BY_IT_HEAD, APPROVE_BY_SECURITY, APPROVE_BY_FINANCE})
    void approvalStillOpenOnItsDueDateRemindsItsApproversAndStaysOpen(String level) {
        ProcessInstance application = startAt(level, IT_HEAD, SECURITY, FINANCE);

        Job due = timers(application).get(0);
        assertThat(due.getDuedate()).isEqualTo(DUE);
        execute(due);

        assertThat(reminders.events).containsExactly(level + ":timeout");
        assertThat(escalations.events).isEmpty();
        assertThat(application).isWaitingAt(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {APPROVE_BY_LINE_MANAGER, APPROVE_BY_IT_HEAD, APPROVE_BY_SECURITY, APPROVE_BY_FINANCE})
    void approvalStillOpenThreeWorkingDaysAfterItsDueDateIsEscalatedAndStaysOpen(String level) {
        ProcessInstance application = startAt(level, IT_HEAD, SECURITY, FINANCE);

        Job overdue = timers(application).get(1);
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(MONDAY_EVENING.plus(5, ChronoUnit.DAYS)));
        execute(overdue);

        assertThat(escalations.events).containsExactly(level + ":timeout");
        assertThat(reminders.events).isEmpty();
        assertThat(application).isWaitingAt(level);
    }

    // the routes to approval

    @Test
    void lineManagerAloneApprovesASmallApplication() {
        ProcessInstance application = submitAndAccept();

        decide(application, Decision.APPROVED);

        assertThat(application).hasPassedInOrder(DECIDE_APPROVALS, APPROVE_BY_LINE_MANAGER, APPLICATION_APPROVED)
                .hasNotPassed(APPROVE_BY_IT_HEAD, APPROVE_BY_SECURITY, APPROVE_BY_FINANCE).isWaitingAt(CHECK_STOCK);
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED", "IN_APPROVAL", "APPROVED");
        assertThat(notices.calls).containsExactly("approved");
    }

    @Test
    void itHeadApprovesAfterTheLineManager() {
        route(LINE_MANAGER, IT_HEAD);

        assertThat(approveAll(submitAndAccept())).containsExactly(APPROVE_BY_LINE_MANAGER, APPROVE_BY_IT_HEAD);
    }

    @Test
    void securityApprovesAfterTheLineManager() {
        route(LINE_MANAGER, SECURITY);

        assertThat(approveAll(submitAndAccept())).containsExactly(APPROVE_BY_LINE_MANAGER, APPROVE_BY_SECURITY);
    }

    @Test
    void financeApprovesAfterTheLineManager() {
        route(LINE_MANAGER, FINANCE);

        assertThat(approveAll(submitAndAccept())).containsExactly(APPROVE_BY_LINE_MANAGER, APPROVE_BY_FINANCE);
    }

    @Test
    void allFourApproveInOrderEachWithinTwoWorkingDays() {
        route(LINE_MANAGER, IT_HEAD, SECURITY, FINANCE);
        ProcessInstance application = submitAndAccept();

        assertThat(task(application)).hasDefinitionKey(APPROVE_BY_LINE_MANAGER).isAssignedTo(LINE_MANAGER_USERNAME).hasDueDate(DUE);
        decide(application, Decision.APPROVED);
        assertThat(task(application)).hasDefinitionKey(APPROVE_BY_IT_HEAD).hasCandidateGroup("IT_HEAD").hasDueDate(DUE);
        claim(task(application), "ion.ithead");
        decide(application, Decision.APPROVED);
        assertThat(task(application)).hasDefinitionKey(APPROVE_BY_SECURITY).hasCandidateGroup("SECURITY").hasDueDate(DUE);
        decide(application, Decision.APPROVED);
        assertThat(task(application)).hasDefinitionKey(APPROVE_BY_FINANCE).hasCandidateGroup("FINANCE").hasDueDate(DUE);
        decide(application, Decision.APPROVED);

        assertThat(application).hasPassedInOrder(APPROVE_BY_LINE_MANAGER, APPROVE_BY_IT_HEAD, APPROVE_BY_SECURITY,
                APPROVE_BY_FINANCE, APPLICATION_APPROVED).isWaitingAt(CHECK_STOCK);
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED", "IN_APPROVAL", "APPROVED");
        assertThat(segregationOfDuties.events).containsExactly(
                "approveByLineManager:assignment", "approveByLineManager:complete",
                "approveByItHead:assignment", "approveByItHead:complete",
                "approveBySecurity:complete", "approveByFinance:complete");
    }

    // rejection and return at each level

    @ParameterizedTest
    @ValueSource(strings = {APPROVE_BY_LINE_MANAGER, APPROVE_BY_IT_HEAD, APPROVE_BY_SECURITY, APPROVE_BY_FINANCE})
    void rejectionAtAnyLevelEndsTheApplicationThere(String level) {
        ProcessInstance application = startAt(level, LINE_MANAGER, IT_HEAD, SECURITY, FINANCE);

        decide(application, Decision.REJECTED);

        assertThat(application).hasPassed(level, APPLICATION_REJECTED).hasNotPassed(APPLICATION_APPROVED).isEnded();
        assertThat(requestStatus.statuses).containsExactly("REJECTED");
        assertThat(notices.calls).containsExactly("rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {APPROVE_BY_LINE_MANAGER, APPROVE_BY_IT_HEAD, APPROVE_BY_SECURITY, APPROVE_BY_FINANCE})
    void returnAtAnyLevelGoesToTheRequesterAndThroughTheCompletenessCheckAgain(String level) {
        ProcessInstance application = startAt(level, LINE_MANAGER, IT_HEAD, SECURITY, FINANCE);

        decide(application, Decision.RETURNED);
        assertThat(application).isWaitingAt(CORRECT_APPLICATION);
        assertThat(task(application)).isAssignedTo(REQUESTER);

        complete(task(application), withVariables(VAR_CORRECTION, Correction.RESUBMITTED.name()));
        assertThat(application).isWaitingAt(CHECK_COMPLETENESS);

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        assertThat(application).isWaitingAt(APPROVE_BY_LINE_MANAGER);
        assertThat(requestStatus.statuses).containsExactly("RETURNED", "SUBMITTED", "IN_APPROVAL");
    }

    @Test
    void statusesFollowAWholeJourneyInOrder() {
        route(LINE_MANAGER, IT_HEAD);
        ProcessInstance application = submit();
        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.RETURNED.name()));
        complete(task(application), withVariables(VAR_CORRECTION, Correction.RESUBMITTED.name()));
        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        decide(application, Decision.APPROVED);
        decide(application, Decision.RETURNED);
        complete(task(application), withVariables(VAR_CORRECTION, Correction.RESUBMITTED.name()));
        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        decide(application, Decision.APPROVED);
        decide(application, Decision.APPROVED);

        assertThat(application).hasPassed(APPLICATION_APPROVED).isWaitingAt(CHECK_STOCK);
        assertThat(requestStatus.statuses).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "IN_APPROVAL",
                "RETURNED", "SUBMITTED", "IN_APPROVAL", "APPROVED");
    }

    // withdrawal

    @ParameterizedTest
    @ValueSource(strings = {CHECK_COMPLETENESS, CORRECT_APPLICATION, APPROVE_BY_LINE_MANAGER, APPROVE_BY_SECURITY})
    void withdrawalWhileWaitingAtAnyStepEndsTheApplication(String step) {
        ProcessInstance application = startAt(step, LINE_MANAGER, SECURITY);
        assertThat(application).isWaitingAt(step);

        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(businessKey).correlate();

        assertThat(application).hasPassed(WITHDRAWAL_RECEIVED, WITHDRAWN_BY_REQUESTER)
                .hasNotPassed(APPLICATION_APPROVED, APPLICATION_REJECTED, APPLICATION_WITHDRAWN_END).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(application.getId()).count()).isZero();
        assertThat(requestStatus.statuses).last().isEqualTo("WITHDRAWN");
    }

    @Test
    void routingTableIsDeployedWithTheModel() {
        assertThat(repositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("approvalRouting").count())
                .isEqualTo(1);
    }

    // helpers

    private ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey(ApplicationToItProcess.KEY, businessKey, submission());
    }

    private ProcessInstance submitAndAccept() {
        ProcessInstance application = submit();
        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        return application;
    }

    /** Starts an application straight at {@code activityId}, as if it had been routed to {@code approvals}. */
    private ProcessInstance startAt(String activityId, Approval... approvals) {
        Map<String, Object> variables = submission();
        variables.putAll(routing(EnumSet.of(LINE_MANAGER, approvals)));
        return runtimeService().createProcessInstanceByKey(ApplicationToItProcess.KEY).businessKey(businessKey)
                .setVariables(variables).startBeforeActivity(activityId).execute();
    }

    private static Map<String, Object> submission() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REQUEST_ID, 42L);
        variables.put(VAR_REQUESTER, REQUESTER);
        variables.put(VAR_DEPARTMENT_ID, 7L);
        return variables;
    }

    private void route(Approval first, Approval... rest) {
        Set<Approval> approvals = EnumSet.of(first, rest);
        Mocks.register("decideApprovals", (JavaDelegate) execution -> execution.setVariables(routing(approvals)));
    }

    /** What the real delegate sets from the routing table's answer. */
    private static Map<String, Object> routing(Set<Approval> approvals) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_LINE_MANAGER, LINE_MANAGER_USERNAME);
        variables.put(VAR_REQUIRED_APPROVALS, approvals.stream().map(Enum::name).collect(Collectors.joining(",")));
        variables.put(VAR_IT_HEAD_APPROVAL, approvals.contains(IT_HEAD));
        variables.put(VAR_SECURITY_APPROVAL, approvals.contains(SECURITY));
        variables.put(VAR_FINANCE_APPROVAL, approvals.contains(FINANCE));
        return variables;
    }

    /** The application's timers, earliest first. */
    private List<Job> timers(ProcessInstance application) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(application.getId())
                .timers().orderByJobDuedate().asc().list();
    }

    private static void decide(ProcessInstance application, Decision decision) {
        complete(task(application), withVariables(VAR_DECISION, decision.name()));
    }

    /** Approves every approval task the application meets; returns their ids in the order met. */
    private static List<String> approveAll(ProcessInstance application) {
        List<String> met = new ArrayList<>();
        for (Task task = task(application); task != null; task = task(application)) {
            met.add(task.getTaskDefinitionKey());
            decide(application, Decision.APPROVED);
        }
        assertThat(application).hasPassed(APPLICATION_APPROVED).isWaitingAt(CHECK_STOCK);
        return met;
    }

    // the beans the model calls

    /** Records every status the model moves the application to. */
    public static class RecordingRequestStatus {
        final List<String> statuses = new ArrayList<>();

        public void moveTo(DelegateExecution execution, String status) {
            statuses.add(RequestStatus.valueOf(status).name());
        }
    }

    /** Lets everything pass and records which task events it saw. */
    public static class RecordingSegregationOfDuties implements TaskListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void notify(DelegateTask task) {
            events.add(task.getTaskDefinitionKey() + ":" + task.getEventName());
        }
    }

    /** A calendar without weekends or holidays, whose today is always {@link #MONDAY_EVENING}. */
    public static class FixedBusinessCalendar {
        public Date dueAfterWorkingDays(int days) {
            return Date.from(MONDAY_EVENING.plus(days, ChronoUnit.DAYS));
        }
    }
}
