package org.procuredesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** My saved task filters over REST: saved, listed and deleted; refused in the language asked for; only mine. */
@ProcureDeskIntegrationTest
class SavedFilterApiTest {

    static final Map<String, Object> LAPTOPS = Map.of("name", "Laptops", "scope", "GROUPS",
            "filter", Map.of("processKey", "applicationToIt", "due", "OVERDUE", "minAmount", 1000, "branchId", 3),
            "sort", Map.of("field", "DUE", "descending", false));

    @LocalServerPort
    int port;
    @Autowired
    SavedTaskFilterRepository repository;

    ApiClient manager;

    @BeforeEach
    void signIn() {
        manager = ApiClient.anonymous(port).as("mihai.manager");
    }

    @AfterEach
    void forgetEveryFilter() {
        repository.deleteAll();
    }

    @Test
    void iSaveAFilterFindItAmongMineAndDeleteIt() {
        Answer saved = manager.post("/api/v1/tasks/filters", LAPTOPS);

        assertThat(saved.status()).isEqualTo(201);
        JsonNode listed = manager.get("/api/v1/tasks/filters").body();
        assertThat(listed).singleElement().satisfies(mine -> {
            assertThat(mine.path("id")).isEqualTo(saved.body().path("id"));
            assertThat(mine.path("name").asText()).isEqualTo("Laptops");
        });
        assertThat(saved.body().path("scope").asText()).isEqualTo("GROUPS");
        assertThat(saved.body().path("filter").path("due").asText()).isEqualTo("OVERDUE");
        assertThat(saved.body().path("filter").path("minAmount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(saved.body().path("filter").path("branchId").asLong()).isEqualTo(3);
        assertThat(saved.body().path("sort").path("field").asText()).isEqualTo("DUE");

        Answer deleted = manager.delete("/api/v1/tasks/filters/" + saved.body().path("id").asLong());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(manager.get("/api/v1/tasks/filters").body()).isEmpty();
    }

    @Test
    void aBlankNameIsRefusedOnTheNameInTheLanguageAskedForAndNothingIsSaved() {
        Map<String, Object> unnamed = Map.of("name", " ", "scope", "MINE");

        Answer english = manager.post("/api/v1/tasks/filters", unnamed);
        Answer romanian = manager.inLanguage("ro").post("/api/v1/tasks/filters", unnamed);

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.fieldErrors()).containsEntry("name", "This field is required.");
        assertThat(romanian.fieldErrors()).containsEntry("name", "Acest câmp este obligatoriu.");
        assertThat(manager.get("/api/v1/tasks/filters").body()).isEmpty();
    }

    @Test
    void aMinimumAmountAboveTheMaximumIsRefusedOnTheMaximum() {
        Answer refused = manager.post("/api/v1/tasks/filters", Map.of("name", "Odd", "scope", "MINE",
                "filter", Map.of("minAmount", 500, "maxAmount", 100)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsEntry("maxAmount",
                "The maximum amount cannot be less than the minimum amount.");
    }

    @Test
    void someoneElsesFilterDoesNotExistForMe() {
        long id = manager.post("/api/v1/tasks/filters", LAPTOPS).body().path("id").asLong();
        ApiClient requester = ApiClient.anonymous(port).as("ana.requester");

        Answer refused = requester.delete("/api/v1/tasks/filters/" + id);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().path("detail").asText()).isEqualTo("This saved filter does not exist.");
        assertThat(requester.get("/api/v1/tasks/filters").body()).isEmpty();
        assertThat(manager.get("/api/v1/tasks/filters").body()).hasSize(1);
    }
}
