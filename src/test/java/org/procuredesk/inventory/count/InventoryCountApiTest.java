package org.procuredesk.inventory.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.inventory.AssetSummary;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Counts over REST: ordered by the IT head, read by IT support, its head, the IT head and auditors, refused to others. */
class InventoryCountApiTest extends AtACountedWarehouse {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void anonymousClient() {
        api = ApiClient.anonymous(port);
    }

    @Test
    void theItHeadOrdersACountAndAuditorsAndItSupportReadIt() {
        AssetSummary laptop = fixtures.inStock(warehouse, item(LAPTOP, "T14")).get(0);

        Answer ordered = api.as(IT_HEAD).post("/api/v1/inventory-counts",
                Map.of("locationKind", "WAREHOUSE", "locationId", warehouse));
        String number = ordered.body().path("number").asText();
        Answer list = api.as("irina.auditor").get("/api/v1/inventory-counts");
        Answer detail = api.as(SUPPORT).get("/api/v1/inventory-counts/" + number);

        assertThat(ordered.status()).isEqualTo(201);
        assertThat(ordered.headers().firstValue("Location")).hasValue("/api/v1/inventory-counts/" + number);
        assertThat(ordered.body().path("state").asText()).isEqualTo("COUNTING");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("number")).contains(number);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().path("lines").get(0).path("inventoryNumber").asText())
                .isEqualTo(laptop.inventoryNumber());
        assertThat(detail.body().path("lines").get(0).path("expected").asBoolean()).isTrue();
    }

    @Test
    void othersAreRefusedAndABadOrderIsExplainedInTheReadersLanguage() {
        Map<String, Object> order = Map.of("locationKind", "WAREHOUSE", "locationId", warehouse);

        for (String other : List.of(SUPPORT, "irina.auditor", "george.warehouse", "ana.requester")) {
            assertThat(api.as(other).post("/api/v1/inventory-counts", order).status()).as(other).isEqualTo(403);
        }
        assertThat(api.as("ana.requester").get("/api/v1/inventory-counts").status()).isEqualTo(403);
        assertThat(api.as("george.warehouse").get("/api/v1/inventory-counts").status()).isEqualTo(403);

        Answer unknownPlace = api.as(IT_HEAD).inLanguage("ro").post("/api/v1/inventory-counts",
                Map.of("locationKind", "BRANCH", "locationId", Long.MAX_VALUE));
        Answer noPlace = api.as(IT_HEAD).post("/api/v1/inventory-counts", Map.of("locationKind", "WAREHOUSE"));
        Answer unknownCount = api.as(IT_HEAD).get("/api/v1/inventory-counts/CNT-0000-000000");

        assertThat(unknownPlace.status()).isEqualTo(422);
        assertThat(unknownPlace.body().path("detail").asText())
                .isEqualTo("Alegeți un depozit sau o sucursală existentă de inventariat.");
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.fieldErrors()).containsKey("locationId");
        assertThat(unknownCount.status()).isEqualTo(404);
    }
}
