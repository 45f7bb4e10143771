package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each person's task lists hold exactly the tasks they may see — by role, by the department they head, by whom
 * they stand in for — and no others, in the application and through {@code /api/v1/tasks} alike.
 */
@ProcureDeskIntegrationTest
class TaskListVisibilityTest {

    private static final List<String> EVERYONE = List.of("ana.requester", "mihai.manager", "ion.support",
            "elena.supporthead", "victor.ithead", "carmen.finance", "dan.security", "george.warehouse",
            "irina.auditor", "alex.admin");

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    Substitutions substitutions;
    @Autowired
    SubstitutionRepository substitutionRepository;
    @Autowired
    TaskList taskList;
    @Autowired
    MyWork myWork;
    @Autowired
    Clock clock;

    @Test
    void everyonesListsHoldExactlyTheTasksTheEngineLetsThemDoThroughTheApi() {
        submitted();
        accepted(submitted());

        for (String person : EVERYONE) {
            ApiClient client = ApiClient.anonymous(port).as(person);
            assertThat(ids(client, "MINE")).as("%s's own tasks", person).isEqualTo(engineAssignedTo(person));
            assertThat(ids(client, "GROUPS")).as("%s's groups' tasks", person).isEqualTo(engineOfferedTo(person));
        }
    }

    @Test
    void aSubstituteSeesTheTasksOfWhoeverTheyStandInForTodayActingForThemAndNoLonger() {
        RequestView application = accepted(submitted());
        Task approval = task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
        SubstitutionView away = as(people, "mihai.manager", () -> substitutions.name(
                new SubstitutionForm("elena.supporthead", LocalDate.now(), LocalDate.now().plusDays(2))));
        try {
            List<TaskRow> elenas = as(people, "elena.supporthead", () -> mine());
            assertThat(elenas).filteredOn(row -> row.id().equals(approval.getId())).singleElement()
                    .satisfies(row -> assertThat(row.actingFor()).isEqualTo("mihai.manager"));
            Set<String> expected = new HashSet<>(engineAssignedTo("elena.supporthead"));
            expected.addAll(engineAssignedTo("mihai.manager"));
            assertThat(ids(ApiClient.anonymous(port).as("elena.supporthead"), "MINE")).isEqualTo(expected);
        } finally {
            substitutionRepository.deleteById(away.id());
        }
        assertThat(as(people, "elena.supporthead", () -> mine())).extracting(TaskRow::id).doesNotContain(approval.getId());
    }

    @Test
    void aHeadSeesTheTasksAssignedToTheirDepartmentsPeopleButNotOthers() {
        RequestView application = submitted();
        Task check = task(application, ApplicationToItProcess.CHECK_COMPLETENESS);
        taskService.claim(check.getId(), "ion.support");

        assertThat(ids(ApiClient.anonymous(port).as("victor.ithead"), "TEAM")).contains(check.getId());
        assertThat(ids(ApiClient.anonymous(port).as("mihai.manager"), "TEAM")).doesNotContain(check.getId());
        assertThat(ids(ApiClient.anonymous(port).as("ion.support"), "TEAM")).isEmpty();
    }

    @Test
    void theHomePageFiguresCountWhatTheListsHold() {
        submitted();
        taskService.claim(task(submitted(), ApplicationToItProcess.CHECK_COMPLETENESS).getId(), "ion.support");
        ApiClient support = ApiClient.anonymous(port).as("ion.support");

        MyWork.Summary figures = as(people, "ion.support", () -> myWork.summaryFor("ion.support"));

        assertThat(figures.offeredToMyGroups()).isEqualTo(ids(support, "GROUPS").size());
        assertThat(figures.assignedToMe()).isEqualTo(ids(support, "MINE").size());
    }

    @Test
    void aTaskOfferedToARoleAndByNameCountsOnceOnTheHomePageAndAsOverdueOncePastItsDueDate() {
        MyWork.Summary before = as(people, "ion.support", () -> myWork.summaryFor("ion.support"));
        String check = task(submitted(), ApplicationToItProcess.CHECK_COMPLETENESS).getId();
        taskService.addCandidateUser(check, "ion.support");
        taskService.setDueDate(check, Date.from(clock.instant().minus(1, ChronoUnit.DAYS)));

        MyWork.Summary after = as(people, "ion.support", () -> myWork.summaryFor("ion.support"));

        assertThat(after.offeredToMyGroups()).isEqualTo(before.offeredToMyGroups() + 1);
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
    }

    @Test
    void nobodySignedInGetsNoList() {
        assertThat(ApiClient.anonymous(port).get("/api/v1/tasks").status()).isEqualTo(401);
    }

    private List<TaskRow> mine() {
        return taskList.page(TaskScope.MINE, TaskFilter.ALL, TaskSort.NEWEST, 0, TaskList.MAX_PAGE);
    }

    private Set<String> engineAssignedTo(String person) {
        return taskService.createTaskQuery().taskAssignee(person).list().stream()
                .filter(task -> task.getProcessInstanceId() != null).map(Task::getId).collect(Collectors.toSet());
    }

    private Set<String> engineOfferedTo(String person) {
        return taskService.createTaskQuery().taskCandidateUser(person).list().stream()
                .filter(task -> task.getProcessInstanceId() != null).map(Task::getId).collect(Collectors.toSet());
    }

    /** Every task id of one of the person's lists, a page at a time until a short page; none listed twice. */
    private static Set<String> ids(ApiClient client, String list) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += TaskList.MAX_PAGE) {
            JsonNode page = client.get("/api/v1/tasks?list=" + list + "&offset=" + offset + "&limit=" + TaskList.MAX_PAGE)
                    .body();
            page.forEach(row -> ids.add(row.path("id").asText()));
            if (page.size() < TaskList.MAX_PAGE) {
                assertThat(ids).doesNotHaveDuplicates();
                return new HashSet<>(ids);
            }
        }
    }

    private RequestView submitted() {
        return as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
    }

    private RequestView accepted(RequestView application) {
        as(people, "ion.support", () -> requestTasks.checkCompleteness(
                task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId(), Completeness.ACCEPTED, null));
        return application;
    }

    private Task task(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult();
    }
}
