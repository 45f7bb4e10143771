package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;

/**
 * One demo application taken through the packaged application's REST API as the demo people would: ana.requester
 * submits an urgent monitor (a model no warehouse stocks, so it is bought), ion.support accepts it, mihai.manager
 * approves it, IT support and the IT head see its weekly budget through, IT support orders, the warehouse receives.
 */
final class ApplicationJourney {

    static final String REQUESTER = "ana.requester";
    static final String SUPPORT = "ion.support";
    static final String LINE_MANAGER = "mihai.manager";
    static final String IT_HEAD = "victor.ithead";
    static final String WAREHOUSE_KEEPER = "george.warehouse";
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    private final long id;
    private final String number;

    private ApplicationJourney(long id, String number) {
        this.id = id;
        this.number = number;
    }

    /** Submitted, accepted and approved by the line manager: waiting for its weekly budget once the stock is checked. */
    static ApplicationJourney approved(ApiClient api) {
        ApplicationJourney application = accepted(api, "P24 " + System.nanoTime());
        application.approve(api);
        return application;
    }

    /** One monitor of {@code model} for the Bucharest head office, submitted and accepted by IT support. */
    static ApplicationJourney accepted(ApiClient api, String model) {
        JsonNode submitted = api.as(REQUESTER).post("/api/v1/requests", Map.of("deliveryBranchId", 1,
                "justification", "The current one flickers", "neededBy", LocalDate.now().plusDays(30),
                "urgency", "URGENT", "lines", List.of(Map.of("category", "MONITOR", "description", "Monitor",
                        "quantity", 1, "estimatedUnitPrice", 900, "preferredModel", model)))).body();
        ApplicationJourney application = new ApplicationJourney(submitted.path("id").asLong(),
                submitted.path("number").asText());
        application.act(api, SUPPORT, "checkCompleteness", "/completeness", Map.of("verdict", "ACCEPTED"));
        return application;
    }

    /** The line manager approves: the job executor checks the stock next. */
    void approve(ApiClient api) {
        act(api, LINE_MANAGER, "approveByLineManager", "/decision", Map.of("decision", "APPROVED"));
    }

    long id() {
        return id;
    }

    String number() {
        return number;
    }

    /** The open task of {@code step} in {@code username}'s lists, waiting for it while the process gets there. */
    String awaitTask(ApiClient api, String username, String step) {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> task = task(api, username, step);
            if (task.isPresent()) {
                return task.get();
            }
            pause();
        }
        throw new AssertionError(number + " did not reach " + step + " within " + STEP_TIMEOUT);
    }

    /** Waits until the requester sees the application in {@code status}, e.g. once the job executor checked its stock. */
    void awaitStatus(ApiClient api, String status) {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (status.equals(api.as(REQUESTER).get("/api/v1/requests/" + id).body().path("status").asText())) {
                return;
            }
            pause();
        }
        throw new AssertionError(number + " did not come to " + status + " within " + STEP_TIMEOUT);
    }

    /** Completes the open task of {@code step} through {@code /api/v1/tasks/{taskId}<action>}. */
    Answer act(ApiClient api, String username, String step, String action, Object body) {
        Answer answer = api.as(username).post("/api/v1/tasks/" + awaitTask(api, username, step) + action, body);
        assertThat(answer.status()).as("%s %s of %s: %s", username, step, number, answer.body()).isBetween(200, 299);
        return answer;
    }

    static Map<String, Object> order() {
        return Map.of("supplier", "Altex Business", "orderNumber", "PO-CRASH", "expectedDelivery",
                LocalDate.now().plusDays(7), "unitPrices", List.of(880));
    }

    static Map<String, Object> receipt(String serialNumber) {
        return Map.of("supplierDocument", "FV-CRASH", "receiptDate", LocalDate.now(), "items",
                List.of(Map.of("lineNo", 0, "serialNumber", serialNumber, "warrantyMonths", 36)));
    }

    private Optional<String> task(ApiClient api, String username, String step) {
        for (String list : List.of("MINE", "GROUPS")) {
            JsonNode tasks = api.as(username).get("/api/v1/tasks?list=" + list + "&taskKey=" + step).body();
            Optional<String> task = StreamSupport.stream(tasks.spliterator(), false)
                    .filter(row -> number.equals(row.path("caseNumber").asText()))
                    .map(row -> row.path("id").asText()).findFirst();
            if (task.isPresent()) {
                return task;
            }
        }
        return Optional.empty();
    }

    static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
