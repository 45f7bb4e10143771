package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.Applications;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Claiming, giving back and passing on over REST: the same rules as the task list, refusals translated. */
@ProcureDeskIntegrationTest
class TaskListApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestService requests;

    Task check;

    @BeforeEach
    void anApplicationWaitsForItSupport() {
        RequestView application = as(people, "ana.requester", () -> requests.submit(null, Applications.laptop(people)));
        check = taskService.createTaskQuery().processInstanceBusinessKey(application.number()).singleResult();
    }

    @Test
    void itSupportClaimsAndGivesBackOverRest() {
        ApiClient support = ApiClient.anonymous(port).as("ion.support");

        assertThat(support.post("/api/v1/tasks/" + check.getId() + "/claim", null).status()).isEqualTo(204);
        assertThat(assignee()).isEqualTo("ion.support");
        assertThat(support.post("/api/v1/tasks/" + check.getId() + "/unclaim", null).status()).isEqualTo(204);
        assertThat(assignee()).isNull();
    }

    @Test
    void aTaskOutsideMyListsDoesNotExistForMe() {
        Answer refused = ApiClient.anonymous(port).as("carmen.finance").post("/api/v1/tasks/" + check.getId() + "/claim",
                null);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(assignee()).isNull();
    }

    @Test
    void passingOnToNobodyIsRefusedInTheClientsLanguage() {
        ApiClient support = ApiClient.anonymous(port).as("ion.support");
        support.post("/api/v1/tasks/" + check.getId() + "/claim", null);

        Answer refused = support.inLanguage("ro").post("/api/v1/tasks/" + check.getId() + "/delegation", Map.of("to", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsEntry("to", "Acest câmp este obligatoriu.");
        assertThat(assignee()).isEqualTo("ion.support");
    }

    private String assignee() {
        return taskService.createTaskQuery().taskId(check.getId()).singleResult().getAssignee();
    }
}
