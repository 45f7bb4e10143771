package org.procuredesk.tasklist;

import org.procuredesk.approval.ApprovalService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/** Out of office: the substitute gets the approvals due to go to the absent person, and decides acting for them. */
@ProcureDeskIntegrationTest
class SubstitutionTest {

    @Autowired
    Substitutions substitutions;
    @Autowired
    SubstitutionRepository repository;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService taskService;

    @Test
    void substituteDecidesTheAbsentLineManagersApprovalAndIsRecordedAsActingForThem() {
        SubstitutionView away = as(people, "mihai.manager", () -> substitutions.name(
                new SubstitutionForm("elena.supporthead", LocalDate.now(), LocalDate.now().plusDays(1))));
        try {
            RequestView application = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
            as(people, "ion.support", () -> requestTasks.checkCompleteness(
                    task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId(), Completeness.ACCEPTED, null));

            Task approval = task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
            assertThat(approval.getAssignee()).isEqualTo("elena.supporthead");
            as(people, "elena.supporthead", () -> approvals.decide(approval.getId(), Decision.APPROVED, null));

            assertThat(as(people, "ana.requester", () -> approvals.decisionsOn(application.id()))).singleElement()
                    .satisfies(decision -> {
                        assertThat(decision.decidedBy()).isEqualTo("elena.supporthead");
                        assertThat(decision.actingFor()).isEqualTo("mihai.manager");
                    });
        } finally {
            repository.deleteById(away.id());
        }
    }

    @Test
    void anApplicationReturnedByTheSubstituteAndResubmittedOnceTheLineManagerIsBackIsDecidedByThemForNobodyElse() {
        SubstitutionView away = as(people, "mihai.manager", () -> substitutions.name(
                new SubstitutionForm("elena.supporthead", LocalDate.now(), LocalDate.now().plusDays(1))));
        RequestView application;
        try {
            application = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
            as(people, "ion.support", () -> requestTasks.checkCompleteness(
                    task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId(), Completeness.ACCEPTED, null));
            Task returned = task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
            as(people, "elena.supporthead", () -> approvals.decide(returned.getId(), Decision.RETURNED,
                    "Which model?"));
        } finally {
            repository.deleteById(away.id());
        }
        as(people, "ana.requester", () -> requestTasks.resubmit(
                task(application, ApplicationToItProcess.CORRECT_APPLICATION).getId(), Applications.laptop(people)));
        as(people, "ion.support", () -> requestTasks.checkCompleteness(
                task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId(), Completeness.ACCEPTED, null));

        Task approval = task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
        assertThat(approval.getAssignee()).isEqualTo("mihai.manager");
        as(people, "mihai.manager", () -> approvals.decide(approval.getId(), Decision.APPROVED, null));

        assertThat(as(people, "ana.requester", () -> approvals.decisionsOn(application.id())))
                .filteredOn(decision -> decision.decidedBy().equals("mihai.manager")).singleElement()
                .satisfies(decision -> assertThat(decision.actingFor()).isNull());
    }

    @Test
    void nobodyStandsInForThemselvesOrForADayGoneBy() {
        LocalDate today = LocalDate.now();

        assertRefused("mihai.manager", new SubstitutionForm("mihai.manager", today, today), "substitute");
        assertRefused("mihai.manager", new SubstitutionForm("nobody.here", today, today), "substitute");
        assertRefused("mihai.manager", new SubstitutionForm("ion.support", today, today.minusDays(1)), "lastDay");
        assertRefused("mihai.manager", new SubstitutionForm("ion.support", today.minusDays(5), today.minusDays(2)),
                "lastDay");
        assertThat(as(people, "mihai.manager", () -> substitutions.mine())).isEmpty();
    }

    private void assertRefused(String person, SubstitutionForm form, String field) {
        assertThatThrownBy(() -> as(people, person, () -> substitutions.name(form)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.getField()).hasValue(field));
    }

    private Task task(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number()).taskDefinitionKey(step)
                .singleResult();
    }
}
