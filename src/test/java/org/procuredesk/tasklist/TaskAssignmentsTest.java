package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.DepartmentSummary;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.PersonSummary;
import org.procuredesk.people.Race;
import org.procuredesk.people.Role;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;

/**
 * Who works on a task: claimed from a role, given back, passed to a colleague of the same role, reassigned by a
 * head within their team; two people at once on one task: one wins, the other is told who did.
 */
@ProcureDeskIntegrationTest
class TaskAssignmentsTest {

    @Autowired
    TaskAssignments assignments;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    TaskList taskList;
    @Autowired
    TaskActions taskActions;

    /** A second IT support person, in the IT department, so the role has two people. */
    String colleague;
    Task check;

    @BeforeEach
    void anApplicationWaitsForItSupportWhichHasTwoPeople() {
        colleague = "it." + UUID.randomUUID().toString().substring(0, 8);
        Long it = people.departments().stream().filter(department -> department.code().equals("IT"))
                .map(DepartmentSummary::id).findFirst().orElseThrow();
        as(people, "alex.admin", () -> administration.create(new PersonForm(colleague, "Radu " + colleague,
                colleague + "@procuredesk.example", it, null, EnumSet.of(Role.IT_SUPPORT), true, "secret-password",
                null)));
        check = newCheck();
    }

    private Task newCheck() {
        RequestView application = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number()).singleResult();
    }

    @AfterEach
    void theColleagueLeaves() {
        leaves(colleague);
    }

    private void leaves(String colleague) {
        as(people, "alex.admin", () -> {
            PersonSummary person = people.findByUsername(colleague).orElseThrow();
            PersonForm form = PersonForm.of(person);
            administration.update(person.id(), new PersonForm(form.username(), form.fullName(), form.email(),
                    form.departmentId(), form.branchId(), form.roles(), false, null, form.version()));
        });
    }

    @Test
    void aColleagueWhoLeftMayNoLongerActOnTheRolesTasksThoughTheirSessionStillHoldsTheRole() {
        Authentication session = SignedIn.authentication(people, colleague);
        leaves(colleague);

        assertThatThrownBy(() -> as(session, () -> requestTasks.checkCompleteness(check.getId(), Completeness.ACCEPTED,
                null))).isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("task.notFound"));
        assertThat(assigneeOf(check)).isNull();
        as(people, "ion.support", () -> requestTasks.checkCompleteness(check.getId(), Completeness.ACCEPTED, null));
        assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isZero();
    }

    @Test
    void aClaimedTaskLeavesTheRolesListForTheClaimantsAndGivenBackReturns() {
        as(people, "ion.support", () -> assignments.claim(check.getId()));

        assertThat(assigneeOf(check)).isEqualTo("ion.support");
        assertThat(listed(colleague, TaskScope.GROUPS)).doesNotContain(check.getId());
        assertThat(listed("ion.support", TaskScope.MINE)).contains(check.getId());

        as(people, "ion.support", () -> assignments.unclaim(check.getId()));

        assertThat(assigneeOf(check)).isNull();
        assertThat(listed(colleague, TaskScope.GROUPS)).contains(check.getId());
    }

    @Test
    void myTaskPassesToAColleagueOfTheSameRoleAndToNobodyElse() {
        as(people, "ion.support", () -> assignments.claim(check.getId()));
        assertThat(as(people, "ion.support", () -> assignments.colleagues(check.getId())))
                .extracting(person -> person.username()).contains(colleague)
                .doesNotContain("ion.support", "carmen.finance");

        assertThatThrownBy(() -> as(people, "ion.support", () -> assignments.delegate(check.getId(), "carmen.finance")))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("tasks.notAColleague"));
        assertThat(assigneeOf(check)).isEqualTo("ion.support");

        as(people, "ion.support", () -> assignments.delegate(check.getId(), colleague));

        assertThat(assigneeOf(check)).isEqualTo(colleague);
        assertThat(listed(colleague, TaskScope.MINE)).contains(check.getId());
    }

    @Test
    void aHeadReassignsTheirTeamsTaskWithinTheTeamOnly() {
        as(people, "ion.support", () -> assignments.claim(check.getId()));

        assertThatThrownBy(() -> as(people, "mihai.manager", () -> assignments.reassign(check.getId(), colleague)))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("task.notFound"));
        as(people, "victor.ithead", () -> assignments.reassign(check.getId(), colleague));

        assertThat(assigneeOf(check)).isEqualTo(colleague);
    }

    @Test
    void nobodyClaimsATaskOfferedToARoleTheyDoNotHold() {
        assertThatThrownBy(() -> as(people, "carmen.finance", () -> assignments.claim(check.getId())))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("task.notFound"));
        assertThat(assigneeOf(check)).isNull();
    }

    @Test
    void aTaskWithoutARoleStaysWithItsPerson() {
        Task correction = returnedForCorrection();

        assertThatThrownBy(() -> as(people, "ana.requester", () -> assignments.unclaim(correction.getId())))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("tasks.cannotUnclaim"));
        assertThat(as(people, "ana.requester", () -> assignments.colleagues(correction.getId()))).isEmpty();
    }

    @Test
    void twoPeopleClaimingOneTaskAtOnceLeaveItWithOneAndTellTheOtherWho() throws Exception {
        for (int race = 0; race < 10; race++) {
            check = newCheck();
            List<Object> outcomes = Race.run(claimAs("ion.support"), claimAs(colleague));

            String winner = assigneeOf(check);
            assertThat(winner).isIn("ion.support", colleague);
            assertThat(outcomes).as("what each claim ended with: %s", outcomes).contains(winner)
                    .filteredOn(DomainException.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((DomainException) refusal).getArguments())
                            .containsExactly(people.nameOf(winner)));
        }
    }

    @Test
    void twoPeopleCompletingOneTaskAtOnceGiveOneCompletionAndAnAlreadyHandled() throws Exception {
        List<Object> outcomes = Race.run(acceptAs("ion.support"), acceptAs(colleague));

        assertThat(outcomes).as("what each completion ended with: %s", outcomes)
                .filteredOn(DomainException.class::isInstance).singleElement()
                .satisfies(refusal -> assertThat(((DomainException) refusal).getMessageKey())
                        .isEqualTo("task.alreadyHandled"));
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(check.getId()).finished().list())
                .singleElement().satisfies(done -> assertThat(done.getAssignee()).isIn("ion.support", colleague));
    }

    @Test
    void aCompletionThatReadTheTaskBeforeAColleagueCompletedItIsToldWhoHandledIt() {
        Task readByIon = taskActions.actionable(check.getId(), "ion.support");
        as(people, colleague, () -> requestTasks.checkCompleteness(check.getId(), Completeness.ACCEPTED, null));

        assertThatThrownBy(() -> taskActions.complete(readByIon, "ion.support", "Looks complete",
                Map.of(ApplicationToItProcess.VAR_COMPLETENESS, Completeness.ACCEPTED.name())))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("task.alreadyHandled");
                    assertThat(refusal.getArguments()).containsExactly(people.nameOf(colleague));
                });
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(check.getId()).finished().list())
                .singleElement().satisfies(done -> assertThat(done.getAssignee()).isEqualTo(colleague));
    }

    private Callable<Object> claimAs(String person) {
        return () -> {
            as(people, person, () -> assignments.claim(check.getId()));
            return person;
        };
    }

    private Callable<Object> acceptAs(String person) {
        return () -> {
            as(people, person, () -> requestTasks.checkCompleteness(check.getId(), Completeness.ACCEPTED, null));
            return person;
        };
    }

    private Task returnedForCorrection() {
        as(people, "ion.support", () -> requestTasks.checkCompleteness(check.getId(), Completeness.RETURNED,
                "Say which model"));
        return taskService.createTaskQuery().processInstanceId(check.getProcessInstanceId())
                .taskDefinitionKey(ApplicationToItProcess.CORRECT_APPLICATION).singleResult();
    }

    private String assigneeOf(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    }

    private List<String> listed(String person, TaskScope scope) {
        return as(people, person, () -> taskList.page(scope, TaskFilter.ALL, TaskSort.NEWEST, 0, TaskList.MAX_PAGE))
                .stream().map(TaskRow::id).toList();
    }
}
