package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register over REST: read-only, for IT support and its head, the warehouse keeper, the IT head and auditors. */
class EquipmentApiTest extends AtAnEmptyWarehouse {

    @LocalServerPort
    int port;

    ApiClient api;
    AssetSummary laptop;
    MovementDocumentView issued;

    @BeforeEach
    void laptopIssuedToAna() {
        api = ApiClient.anonymous(port);
        long application = fixtures.newApplication();
        laptop = register.registerReceived(application, warehouse, List.of(item(LAPTOP, "ThinkPad T14"))).get(0);
        issued = register.issueReservedTo(application, "ana.requester", "New laptop", "george.warehouse");
    }

    @Test
    void itSupportFindsAnAssetByItsNumbersAndReadsWhereItWent() {
        ApiClient support = api.as("ion.support");

        Answer byNumber = support.get("/api/v1/assets/" + laptop.inventoryNumber());
        Answer bySerial = support.get("/api/v1/assets?serial=" + laptop.serialNumber().toLowerCase());
        Answer history = support.get("/api/v1/assets/" + laptop.inventoryNumber() + "/history");
        Answer movement = support.get("/api/v1/movements/" + issued.number());

        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.body().path("status").asText()).isEqualTo("IN_USE");
        assertThat(byNumber.body().path("holderName").asText()).isEqualTo("Ana Popescu");
        assertThat(bySerial.body().findValuesAsText("inventoryNumber")).containsExactly(laptop.inventoryNumber());
        assertThat(history.body().findValuesAsText("number")).containsExactly(issued.number());
        assertThat(movement.body().path("toName").asText()).isEqualTo("Ana Popescu");
        assertThat(movement.body().path("lines").findValuesAsText("inventoryNumber"))
                .containsExactly(laptop.inventoryNumber());
    }

    @Test
    void theWarehouseKeeperTheItHeadAndAuditorsReadTheRegisterAndNobodyElse() {
        String path = "/api/v1/assets?inventoryNumber=" + laptop.inventoryNumber();

        for (String reader : List.of("george.warehouse", "elena.supporthead", "victor.ithead", "irina.auditor")) {
            assertThat(api.as(reader).get(path).body().findValuesAsText("inventoryNumber")).as(reader)
                    .containsExactly(laptop.inventoryNumber());
        }
        for (String other : List.of("ana.requester", "mihai.manager", "alex.admin")) {
            assertThat(api.as(other).get(path).status()).as(other).isEqualTo(403);
            assertThat(api.as(other).get("/api/v1/movements/" + issued.number()).status()).as(other).isEqualTo(403);
        }
        assertThat(api.get(path).status()).isEqualTo(401);
    }

    @Test
    void anUnknownNumberIsNotFoundAndASearchNeedsANumber() {
        ApiClient auditor = api.as("irina.auditor").inLanguage("ro");

        Answer unknown = auditor.get("/api/v1/assets/INV-0000-000000");
        Answer noMovement = auditor.get("/api/v1/movements/MOV-0000-000000");
        Answer noCriterion = auditor.get("/api/v1/assets");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("detail").asText())
                .isEqualTo("Nu există niciun echipament cu numărul de inventar INV-0000-000000.");
        assertThat(noMovement.status()).isEqualTo(404);
        assertThat(noCriterion.status()).isEqualTo(422);
    }
}
