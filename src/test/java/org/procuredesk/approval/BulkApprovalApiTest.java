package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.approval.ToApprove.LINE_MANAGER;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Several approvals at once over REST: one outcome per task, nothing unconfirmed, every refusal in the client's language. */
@ProcureDeskIntegrationTest
class BulkApprovalApiTest {

    static final String PATH = "/api/v1/tasks/bulk-approval";

    @LocalServerPort
    int port;
    @Autowired
    ToApprove toApprove;
    @Autowired
    TaskService taskService;

    @Test
    void theLineManagerApprovesTwoApplicationsAtOnceAndHearsOfATaskThatIsNotTheirs() {
        String requester = toApprove.newRequester();
        RequestView phone = toApprove.submitted(requester, Applications.line(EquipmentCategory.PHONE, 1, "300"));
        RequestView scanner = toApprove.submitted(requester, Applications.line(EquipmentCategory.SCANNER, 1, "500"));

        Answer answer = lineManager().post(PATH, Map.of("taskIds", List.of(lineManagersTask(phone), "no-such-task",
                lineManagersTask(scanner)), "confirmed", true));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).hasSize(3);
        assertThat(answer.body().get(0).path("applicationNumber").asText()).isEqualTo(phone.number());
        assertThat(answer.body().get(0).path("approved").asBoolean()).isTrue();
        assertThat(answer.body().get(0).path("reason").isNull()).isTrue();
        assertThat(answer.body().get(1).path("approved").asBoolean()).isFalse();
        assertThat(answer.body().get(1).path("reasonKey").asText()).isEqualTo("task.notFound");
        assertThat(answer.body().get(1).path("reason").asText())
                .isEqualTo("This task does not exist or is not yours to handle.");
        assertThat(answer.body().get(2).path("applicationNumber").asText()).isEqualTo(scanner.number());
        assertThat(answer.body().get(2).path("approved").asBoolean()).isTrue();
        assertThat(openTasks(phone) + openTasks(scanner)).isZero();
    }

    @Test
    void unconfirmedIsRefusedInTheClientsLanguageAndNothingIsApproved() {
        RequestView phone = toApprove.submitted(toApprove.newRequester(),
                Applications.line(EquipmentCategory.PHONE, 1, "300"));
        Map<String, Object> unconfirmed = Map.of("taskIds", List.of(lineManagersTask(phone)), "confirmed", false);

        Answer english = lineManager().post(PATH, unconfirmed);
        Answer romanian = lineManager().inLanguage("ro").post(PATH, Map.of("taskIds", List.of(lineManagersTask(phone))));

        assertThat(english.status()).isEqualTo(422);
        assertThat(english.fieldErrors()).containsExactly(Map.entry("confirmed",
                "Confirm that you approve these applications; nothing was approved."));
        assertThat(romanian.status()).isEqualTo(422);
        assertThat(romanian.body().path("detail").asText())
                .isEqualTo("Confirmați că aprobați aceste aplicații; nu s-a aprobat nimic.");
        assertThat(openTasks(phone)).isEqualTo(1);
    }

    @Test
    void noTasksOrMoreThanAHundredAreRefusedWithTheirReason() {
        Answer none = lineManager().post(PATH, Map.of("taskIds", List.of(), "confirmed", true));
        Answer tooMany = lineManager().inLanguage("ro").post(PATH, Map.of("confirmed", true,
                "taskIds", IntStream.rangeClosed(0, BulkApproval.MOST).mapToObj(String::valueOf).toList()));

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.fieldErrors()).containsExactly(Map.entry("taskIds", "Choose at least one task."));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.fieldErrors()).containsExactly(Map.entry("taskIds", "Cel mult 100 sarcini deodată."));
    }

    private ApiClient lineManager() {
        return ApiClient.anonymous(port).as(LINE_MANAGER);
    }

    private String lineManagersTask(RequestView application) {
        return toApprove.task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId();
    }

    private long openTasks(RequestView application) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).count();
    }
}
