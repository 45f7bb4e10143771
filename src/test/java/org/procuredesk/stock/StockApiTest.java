package org.procuredesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The catalogue and the ledger over REST: written by IT support and the warehouse keeper, refused to others. */
class StockApiTest extends WithConsumables {

    @LocalServerPort
    int port;

    ApiClient api;
    String sku;

    @BeforeEach
    void anonymousClient() {
        api = ApiClient.anonymous(port);
        sku = "API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void itSupportAddsAConsumableTheKeeperReceivesAndIssuesItAndAnAuditorReadsTheDocuments() {
        ApiClient support = api.as("ion.support");
        ApiClient keeper = api.as(KEEPER);

        Answer created = support.post("/api/v1/consumables", consumable(sku, 3));
        Answer receipt = keeper.post("/api/v1/stock/receipts",
                Map.of("warehouseId", warehouse, "lines", List.of(jsonLine(sku, 10))));
        Answer issue = keeper.post("/api/v1/stock/issues", Map.of("warehouseId", warehouse,
                "recipientKind", "EMPLOYEE", "recipientReference", "ana.requester", "lines", List.of(jsonLine(sku, 8))));
        Answer levels = api.as("irina.auditor").get("/api/v1/stock/levels?warehouseId=" + warehouse);
        Answer document = api.as("irina.auditor").get("/api/v1/stock/documents/" + issue.body().path("number").asText());
        Answer issues = api.as("irina.auditor").get("/api/v1/stock/documents?kind=ISSUE&warehouseId=" + warehouse);
        Answer reversal = support.post("/api/v1/stock/documents/" + receipt.body().path("number").asText()
                + "/reversal", Map.of("reason", "Counted twice"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(receipt.status()).isEqualTo(201);
        assertThat(issue.status()).isEqualTo(201);
        assertThat(levels.body().get(0).path("onHand").asInt()).isEqualTo(2);
        assertThat(levels.body().get(0).path("atOrBelowReorderPoint").asBoolean()).isTrue();
        assertThat(document.body().path("kind").asText()).isEqualTo("ISSUE");
        assertThat(document.body().path("lines").get(0).path("quantity").asInt()).isEqualTo(8);
        assertThat(issues.body()).singleElement().satisfies(listed -> assertThat(listed).isEqualTo(document.body()));
        assertThat(reversal.status()).isEqualTo(422);
        assertThat(reversal.body().path("detail").asText()).startsWith("Not enough Toner API in IT warehouse ")
                .endsWith(": 2 left, 10 asked.");
        assertThat(onHand(sku, warehouse)).isEqualTo(2);
    }

    @Test
    void othersAreRefusedAndNothingChanges() {
        api.as(KEEPER).post("/api/v1/consumables", consumable(sku, 3));
        Map<String, Object> receipt = Map.of("warehouseId", warehouse, "lines", List.of(jsonLine(sku, 10)));

        for (String other : List.of("ana.requester", "irina.auditor", "victor.ithead", "alex.admin")) {
            assertThat(api.as(other).post("/api/v1/stock/receipts", receipt).status()).as(other).isEqualTo(403);
        }
        assertThat(api.as("irina.auditor").post("/api/v1/consumables", consumable("API-NOPE", 1)).status())
                .isEqualTo(403);
        assertThat(api.as("ana.requester").get("/api/v1/stock/levels").status()).isEqualTo(403);
        assertThat(api.as("ana.requester").get("/api/v1/stock/documents").status()).isEqualTo(403);
        assertThat(onHand(sku, warehouse)).isZero();
    }

    @Test
    void anInvalidDocumentIsRefusedInTheReadersLanguageAndChangesNothing() {
        ApiClient keeper = api.as(KEEPER).inLanguage("ro");
        keeper.post("/api/v1/consumables", consumable(sku, 3));
        keeper.post("/api/v1/stock/receipts", Map.of("warehouseId", warehouse, "lines", List.of(jsonLine(sku, 4))));

        Answer noQuantity = keeper.post("/api/v1/stock/issues", Map.of("warehouseId", warehouse,
                "recipientKind", "EMPLOYEE", "recipientReference", "ana.requester", "lines", List.of(jsonLine(sku, 0))));
        Answer tooMany = keeper.post("/api/v1/stock/issues", Map.of("warehouseId", warehouse,
                "recipientKind", "EMPLOYEE", "recipientReference", "ana.requester", "lines", List.of(jsonLine(sku, 5))));
        Answer unknownDocument = keeper.get("/api/v1/stock/documents/SOUT-0000-000000");

        assertThat(noQuantity.status()).isEqualTo(400);
        assertThat(noQuantity.fieldErrors()).containsEntry("lines[0].quantity",
                "Introduceți o cantitate între 1 și 100000.");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body().path("detail").asText()).startsWith("Nu este suficient Toner API în ")
                .endsWith(": au rămas 4, s-au cerut 5.");
        assertThat(unknownDocument.status()).isEqualTo(404);
        assertThat(onHand(sku, warehouse)).isEqualTo(4);
    }

    @Test
    void aChangeOfAConsumableNamesTheVersionItWasMadeToAndAnOutdatedOneIsAConflict() {
        ApiClient support = api.as("ion.support");
        long version = support.post("/api/v1/consumables", consumable(sku, 3)).body().path("version").asLong();
        Map<String, Object> change = new HashMap<>(consumable(sku, 4));

        Answer withoutVersion = support.put("/api/v1/consumables/" + sku, change);
        change.put("version", version);
        Answer changed = support.put("/api/v1/consumables/" + sku, change);
        Answer outdated = support.put("/api/v1/consumables/" + sku, change);

        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.fieldErrors()).containsKey("version");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("reorderPoint").asInt()).isEqualTo(4);
        assertThat(changed.body().path("version").asLong()).isEqualTo(version + 1);
        assertThat(outdated.status()).isEqualTo(409);
    }

    private static Map<String, Object> consumable(String sku, int reorderPoint) {
        return Map.of("sku", sku, "name", "Toner API", "unit", "pcs", "reorderPoint", reorderPoint, "maxLevel", 20,
                "leadTimeDays", 7, "packSize", 1, "unitPrice", 250.00, "active", true);
    }

    private static Map<String, Object> jsonLine(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }
}
