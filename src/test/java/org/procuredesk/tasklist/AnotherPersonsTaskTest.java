package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.procuredesk.SignedIn.as;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.procuredesk.ApiClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.people.Newcomers;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Role;
import org.procuredesk.reliability.ReliabilityFigures;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.procuredesk.tasklist.ui.TaskFormView;
import org.procuredesk.ui.Find;
import org.procuredesk.ui.TranslatedUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody opens, claims or completes a task that is not theirs by guessing its id, in the services, over REST or on
 * the task's page: for them it does not exist, and the attempt is logged. A closed task is "already handled by X"
 * only to someone it was for.
 */
@ProcureDeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnotherPersonsTaskTest {

    static final String NOT_FOUND = "This task does not exist or is not yours to handle.";

    @RegisterExtension
    final TranslatedUi ui = new TranslatedUi();

    @LocalServerPort
    int port;
    @Autowired
    Newcomers newcomers;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskList taskList;
    @Autowired
    TaskAssignments assignments;
    @Autowired
    ApprovalService approvals;

    String stranger;
    String check;

    /** An application waiting for IT support's completeness check, and a requester who is not IT support. */
    @BeforeEach
    void anApplicationWaitingForItSupport() {
        String requester = newcomers.besides("ana.requester", "owner", Role.REQUESTER);
        stranger = newcomers.withRole("stranger", Role.REQUESTER);
        RequestView application = as(people, requester, () -> requests.submit(null, Applications.laptop(people)));
        check = taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(ApplicationToItProcess.CHECK_COMPLETENESS).singleResult().getId();
    }

    @Test
    void aStrangerNeitherOpensNorClaimsNorDecidesTheTaskInTheServices(CapturedOutput output) {
        List<Runnable> attempts = List.of(() -> taskList.open(check), () -> assignments.claim(check),
                () -> approvals.decide(check, Decision.APPROVED, null));

        for (Runnable attempt : attempts) {
            assertThatThrownBy(() -> as(people, stranger, attempt)).isInstanceOfSatisfying(DomainException.class,
                    refusal -> assertThat(refusal.getMessageKey()).isEqualTo("task.notFound"));
            ReliabilityFigures.refused();
        }

        assertStillOpenForItSupport();
        assertThat(refusalsLogged(output, stranger)).isEqualTo(attempts.size());
    }

    @Test
    void aTaskClaimedByOneIsNeitherOpenedNorCompletedByAnotherOfTheSameRole(CapturedOutput output) {
        String supporter = newcomers.withRole("supporter", Role.IT_SUPPORT);
        String colleague = newcomers.withRole("colleague", Role.IT_SUPPORT);
        as(people, supporter, () -> assignments.claim(check));
        List<Runnable> attempts = List.of(() -> taskList.open(check),
                () -> requestTasks.checkCompleteness(check, Completeness.ACCEPTED, null));

        for (Runnable attempt : attempts) {
            assertThatThrownBy(() -> as(people, colleague, attempt)).isInstanceOfSatisfying(DomainException.class,
                    refusal -> assertThat(refusal.getMessageKey()).isEqualTo("task.notFound"));
            ReliabilityFigures.refused();
        }

        Task task = taskService.createTaskQuery().taskId(check).singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getAssignee()).isEqualTo(supporter);
        assertThat(refusalsLogged(output, colleague)).isEqualTo(attempts.size());
    }

    @Test
    void overRestEveryActionOnTheTaskAnswersNotFound(CapturedOutput output) {
        ApiClient client = ApiClient.anonymous(port).as(stranger);
        Map<String, Object> noBody = Map.of();
        Map<String, Map<String, Object>> actions = Map.of("claim", noBody, "unclaim", noBody,
                "decision", Map.of("decision", "APPROVED"), "delegation", Map.of("to", stranger),
                "reassignment", Map.of("to", stranger), "receipt-confirmation", noBody);

        actions.forEach((action, body) -> {
            ApiClient.Answer answer = client.post("/api/v1/tasks/" + check + "/" + action, body);
            assertThat(answer.status()).as(action).isEqualTo(404);
            assertThat(answer.body().path("detail").asText()).as(action).isEqualTo(NOT_FOUND);
            ReliabilityFigures.refused();
        });

        assertStillOpenForItSupport();
        assertThat(refusalsLogged(output, stranger)).isEqualTo(actions.size());
    }

    @Test
    void theTasksPageShowsAStrangerThatItDoesNotExist(CapturedOutput output) {
        TaskFormView page = new TaskFormView(taskList, List.of(), List.of());

        as(people, stranger, () -> page.beforeEnter(arrivalAt(check)));

        assertThat(Find.byId(page, "task-refused", Paragraph.class).getText()).isEqualTo(NOT_FOUND);
        ReliabilityFigures.refused();
        assertThat(refusalsLogged(output, stranger)).isOne();
    }

    @Test
    void aClosedTaskIsAlreadyHandledToItsCandidatesAndDoesNotExistForAnyoneElse(CapturedOutput output) {
        String supporter = newcomers.withRole("supporter", Role.IT_SUPPORT);
        String colleague = newcomers.withRole("colleague", Role.IT_SUPPORT);
        as(people, supporter, () -> requestTasks.checkCompleteness(check, Completeness.ACCEPTED, null));

        assertThatThrownBy(() -> as(people, colleague, () -> taskList.open(check)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("task.alreadyHandled");
                    assertThat(refusal.getArguments()).containsExactly("Test " + supporter);
                });
        for (Runnable attempt : List.<Runnable>of(() -> taskList.open(check), () -> assignments.claim(check))) {
            assertThatThrownBy(() -> as(people, stranger, attempt)).isInstanceOfSatisfying(DomainException.class,
                    refusal -> assertThat(refusal.getMessageKey()).isEqualTo("task.notFound"));
            ReliabilityFigures.refused();
        }
        assertThat(refusalsLogged(output, stranger)).isEqualTo(2);
    }

    private void assertStillOpenForItSupport() {
        Task task = taskService.createTaskQuery().taskId(check).singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().taskId(check).taskCandidateGroup(Role.IT_SUPPORT.name()).count())
                .isOne();
    }

    private long refusalsLogged(CapturedOutput output, String username) {
        String line = "Refused task " + check + " to '" + username + "': not theirs to handle here";
        return output.getOut().lines().filter(logged -> logged.contains(line)).count();
    }

    private static BeforeEnterEvent arrivalAt(String taskId) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("taskId", taskId));
        return event;
    }
}
