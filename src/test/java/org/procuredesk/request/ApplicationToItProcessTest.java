package org.procuredesk.request;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import static org.procuredesk.request.ApplicationToItProcess.APPLICATION_WITHDRAWN_END;
import static org.procuredesk.request.ApplicationToItProcess.CHECK_COMPLETENESS;
import static org.procuredesk.request.ApplicationToItProcess.CORRECT_APPLICATION;
import static org.procuredesk.request.ApplicationToItProcess.VAR_COMPLETENESS;
import static org.procuredesk.request.ApplicationToItProcess.VAR_CORRECTION;
import static org.procuredesk.request.ApplicationToItProcess.VAR_REQUESTER;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Correction;

/** The Application to IT model on the plain engine: submission and the completeness check. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/application-to-it.bpmn")
class ApplicationToItProcessTest {

    ProcessEngine processEngine;

    @AfterEach
    void signOut() {
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void submittedApplicationWaitsForItSupportToCheckCompleteness() {
        ProcessInstance application = submitAs("ana.requester");

        assertThat(application).isWaitingAt(CHECK_COMPLETENESS).variables().containsEntry(VAR_REQUESTER, "ana.requester");
        assertThat(task(application)).hasCandidateGroup("IT_SUPPORT").isNotAssigned();
    }

    @Test
    void completeApplicationIsAccepted() {
        ProcessInstance application = submitAs("ana.requester");

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));

        assertThat(application).hasPassedInOrder(CHECK_COMPLETENESS, "applicationAccepted").isEnded();
    }

    @Test
    void returnedApplicationGoesBackToItsRequesterAndIsCheckedAgainWhenResubmitted() {
        ProcessInstance application = submitAs("ana.requester");

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.RETURNED.name()));
        assertThat(application).isWaitingAt(CORRECT_APPLICATION);
        assertThat(task(application)).isAssignedTo("ana.requester");

        complete(task(application), withVariables(VAR_CORRECTION, Correction.RESUBMITTED.name()));
        assertThat(application).isWaitingAt(CHECK_COMPLETENESS);
        assertThat(task(application)).hasCandidateGroup("IT_SUPPORT");

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        assertThat(application).hasPassed(CORRECT_APPLICATION, "applicationAccepted").isEnded();
    }

    @Test
    void returnedApplicationCanBeWithdrawnByItsRequester() {
        ProcessInstance application = submitAs("ana.requester");

        complete(task(application), withVariables(VAR_COMPLETENESS, Completeness.RETURNED.name()));
        complete(task(application), withVariables(VAR_CORRECTION, Correction.WITHDRAWN.name()));

        assertThat(application).hasPassed(APPLICATION_WITHDRAWN_END).hasNotPassed("applicationAccepted").isEnded();
    }

    private ProcessInstance submitAs(String requester) {
        processEngine.getIdentityService().setAuthenticatedUserId(requester);
        return runtimeService().startProcessInstanceByKey(ApplicationToItProcess.KEY, "APP-TEST-" + System.nanoTime());
    }
}
