package org.procuredesk.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.reliability.ReliabilityFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Applications to IT over REST: the same checks as the UI, each invalid field listed, nothing stored. */
@ProcureDeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApplicationApiTest {

    static final long NO_SUCH_ID = 987_654_321L;

    @LocalServerPort
    int port;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PurchaseRequestRepository repository;
    @Autowired
    TaskService taskService;

    ApiClient requester;

    @BeforeEach
    void signIn() {
        requester = ApiClient.anonymous(port).as("ana.requester");
    }

    @Test
    void itSupportAcceptsACompleteApplicationOverRestAndReturningOneNeedsToSayWhatIsMissing() {
        String number = requester.post("/api/v1/requests", Applications.laptop(people)).body().path("number").asText();
        String check = "/api/v1/tasks/" + taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ApplicationToItProcess.CHECK_COMPLETENESS).singleResult().getId() + "/completeness";
        ApiClient support = ApiClient.anonymous(port).as("ion.support");

        Answer unexplained = support.post(check, Map.of("verdict", "RETURNED"));
        Answer accepted = support.post(check, Map.of("verdict", "ACCEPTED"));

        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(unexplained.fieldErrors()).containsOnlyKeys("comment");
        assertThat(accepted.status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).count()).isOne();
    }

    @Test
    void requesterSubmitsAnApplicationAndFindsItAmongTheirOwn() {
        Answer submitted = requester.post("/api/v1/requests", Applications.laptop(people));

        assertThat(submitted.status()).isEqualTo(201);
        String number = submitted.body().path("number").asText();
        assertThat(number).matches("APP-\\d{4}-\\d{6}");
        assertThat(submitted.headers().firstValue("Location")).hasValue("/api/v1/requests/" + submitted.body().path("id").asLong());
        Answer mine = requester.get("/api/v1/requests/mine");
        assertThat(mine.body().findValuesAsText("number")).contains(number);
        assertThat(requester.get("/api/v1/requests/" + submitted.body().path("id").asLong()).body().path("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void everyInvalidFieldIsListedWithItsMessageAndNothingIsStored() {
        long rows = repository.count();
        Map<String, Object> invalid = Map.of("justification", "", "lines", List.of(
                Map.of("category", "LAPTOP", "description", "", "quantity", 0, "estimatedUnitPrice", -5)));

        Answer refused = requester.post("/api/v1/requests", invalid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsOnly(
                Map.entry("deliveryBranchId", "This field is required."),
                Map.entry("justification", "This field is required."),
                Map.entry("neededBy", "This field is required."),
                Map.entry("urgency", "This field is required."),
                Map.entry("lines[0].description", "This field is required."),
                Map.entry("lines[0].quantity", "Enter a quantity from 1 to 1000."),
                Map.entry("lines[0].estimatedUnitPrice", "Enter a price above zero, with at most two decimals."));
        assertThat(repository.count()).isEqualTo(rows);
    }

    @Test
    void refusalsAreInRomanianWhenAskedFor() {
        Answer refused = requester.inLanguage("ro").post("/api/v1/requests", Map.of());

        assertThat(refused.fieldErrors()).containsEntry("lines", "Adăugați cel puțin o linie.")
                .containsEntry("justification", "Acest câmp este obligatoriu.");
    }

    @Test
    void unreadableDateIsRefusedWithoutRevealingInternals() {
        Answer refused = requester.post("/api/v1/requests", Map.of("neededBy", "31/02/2026"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).doesNotContain("Exception").doesNotContain("jackson");
    }

    @Test
    void nobodyReadsAnotherPersonsApplicationByGuessingItsId(CapturedOutput output) {
        long id = requester.post("/api/v1/requests", Applications.laptop(people)).body().path("id").asLong();
        ApiClient admin = ApiClient.anonymous(port).as("alex.admin");

        for (String part : List.of("", "/orders", "/receipt", "/handover")) {
            Answer guessed = admin.get("/api/v1/requests/" + id + part);
            Answer nowhere = admin.get("/api/v1/requests/" + NO_SUCH_ID + part);

            assertThat(guessed.status()).as(part).isEqualTo(404).isEqualTo(nowhere.status());
            assertThat(guessed.body().path("detail").asText().replace(String.valueOf(id), "?")).as(part)
                    .isEqualTo(nowhere.body().path("detail").asText().replace(String.valueOf(NO_SUCH_ID), "?"));
            ReliabilityFigures.refused();
        }
        assertThat(output.getOut()).contains("Refused application " + id
                + " to 'alex.admin': not theirs to see, or no such application");
        assertThat(ApiClient.anonymous(port).get("/api/v1/requests/" + id).status()).isEqualTo(401);
    }

    @Test
    void onlyRequestersSubmit() {
        Answer refused = ApiClient.anonymous(port).as("george.warehouse").post("/api/v1/requests",
                Applications.laptop(people));

        assertThat(refused.status()).isEqualTo(403);
    }
}
