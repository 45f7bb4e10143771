package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.inventory.Register.item;
import static org.procuredesk.request.EquipmentCategory.LAPTOP;
import static org.procuredesk.request.EquipmentCategory.MONITOR;

import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Moving assets over REST: the warehouse keeper and IT support record a numbered movement document; every rule of
 * a movement refuses it with a translated message and moves nothing.
 */
class MovingAssetsApiTest extends AtAnEmptyWarehouse {

    @LocalServerPort
    int port;

    ApiClient api;
    AssetSummary laptop;
    AssetSummary monitor;

    @BeforeEach
    void twoAssetsInStock() {
        api = ApiClient.anonymous(port);
        List<AssetSummary> inStock = fixtures.inStock(warehouse, item(LAPTOP, "ThinkPad T14"), item(MONITOR, "P2422H"));
        laptop = inStock.get(0);
        monitor = inStock.get(1);
    }

    @Test
    void theWarehouseKeeperMovesAssetsToAnEmployeeOnANumberedDocument() {
        Answer moved = api.as("george.warehouse").post("/api/v1/movements",
                order(List.of(laptop, monitor), HolderKind.EMPLOYEE, "ana.requester", "New starter"));

        String number = moved.body().path("number").asText();
        assertThat(moved.status()).isEqualTo(201);
        assertThat(number).matches("MOV-\\d{4}-\\d{6}");
        assertThat(moved.headers().firstValue("Location")).hasValue("/api/v1/movements/" + number);
        assertThat(moved.body().path("toName").asText()).isEqualTo("Ana Popescu");
        assertThat(moved.body().path("reason").asText()).isEqualTo("New starter");
        assertThat(moved.body().path("recordedBy").asText()).isEqualTo("george.warehouse");
        assertThat(moved.body().path("lines").findValuesAsText("inventoryNumber"))
                .containsExactly(laptop.inventoryNumber(), monitor.inventoryNumber());
        assertThat(holderOf(laptop)).isEqualTo(Holder.employee("ana.requester"));
        assertThat(api.as("irina.auditor").get("/api/v1/assets/" + laptop.inventoryNumber() + "/history").body()
                .findValuesAsText("number")).containsExactly(number);
        String day = moved.body().path("date").asText();
        assertThat(api.as("irina.auditor").get("/api/v1/movements?from=" + day + "&to=" + day).body().get(0)
                .path("number").asText()).as("the newest first").isEqualTo(number);
        assertThat(api.as("irina.auditor").get("/api/v1/movements?to=" + LocalDate.parse(day).minusDays(1)).body()
                .findValuesAsText("number")).doesNotContain(number);
    }

    @Test
    void itSupportMovesAssetsToABranchAndBackToTheWarehouse() {
        long branch = fixtures.people.branches().get(0).id();
        ApiClient support = api.as("ion.support");

        Answer toBranch = support.post("/api/v1/movements",
                order(List.of(laptop), HolderKind.BRANCH, String.valueOf(branch), "Meeting room"));
        Answer back = support.post("/api/v1/movements",
                order(List.of(laptop), HolderKind.WAREHOUSE, String.valueOf(warehouse), "Returned"));

        assertThat(toBranch.status()).isEqualTo(201);
        assertThat(back.status()).isEqualTo(201);
        assertThat(register.findByInventoryNumber(laptop.inventoryNumber()).orElseThrow().status())
                .isEqualTo(AssetStatus.IN_STOCK);
        assertThat(register.historyOf(laptop.inventoryNumber())).extracting(MovementDocumentView::number)
                .containsExactly(toBranch.body().path("number").asText(), back.body().path("number").asText());
    }

    @Test
    void nobodyButTheWarehouseKeeperAndItSupportMovesAssets() {
        for (String other : List.of("victor.ithead", "irina.auditor", "elena.supporthead", "ana.requester",
                "alex.admin")) {
            Answer refused = api.as(other).post("/api/v1/movements",
                    order(List.of(laptop), HolderKind.EMPLOYEE, "ana.requester", null));
            assertThat(refused.status()).as(other).isEqualTo(403);
        }
        assertThat(api.post("/api/v1/movements", order(List.of(laptop), HolderKind.EMPLOYEE, "ana.requester", null))
                .status()).isEqualTo(401);
        assertThat(holderOf(laptop)).isEqualTo(Holder.warehouse(warehouse));
    }

    @Test
    void aWrittenOffAssetDoesNotMove() {
        register.writeOff(monitor.inventoryNumber());

        assertRefusedInRomanian(order(List.of(monitor), HolderKind.EMPLOYEE, "ana.requester", null),
                "Echipamentul " + monitor.inventoryNumber() + " este casat și nu mai poate fi mutat.");
    }

    @Test
    void assetsOfSeveralHoldersDoNotMoveOnOneDocument() {
        register.move(List.of(monitor.inventoryNumber()), Holder.employee("ana.requester"), null, "ion.support");

        assertRefusedInRomanian(order(List.of(laptop, monitor), HolderKind.EMPLOYEE, "mihai.manager", null),
                "Aceste echipamente sunt deținute de deținători diferiți; mutați echipamentele fiecărui deținător "
                        + "pe un document separat.");
    }

    @Test
    void assetsDoNotMoveToWhoAlreadyHoldsThem() {
        assertRefusedInRomanian(order(List.of(laptop), HolderKind.WAREHOUSE, String.valueOf(warehouse), null),
                fixtures.people.warehouseName(warehouse).orElseThrow() + " deține deja aceste echipamente.");
    }

    @Test
    void assetsDoNotMoveToAnUnknownReceiver() {
        assertRefusedInRomanian(order(List.of(laptop), HolderKind.EMPLOYEE, "nobody.here", null),
                "nobody.here nu este o persoană activă a companiei.");
        assertRefusedInRomanian(order(List.of(laptop), HolderKind.BRANCH, "999999999", null),
                "Filiala 999999999 nu există.");
    }

    @Test
    void assetsReservedForAnApplicationMoveOnlyWhenIssuedForIt() {
        long application = fixtures.newApplication();
        AssetSummary reserved = register.registerReceived(application, warehouse, List.of(item(LAPTOP, "X1")))
                .get(0);

        assertRefusedInRomanian(order(List.of(reserved), HolderKind.EMPLOYEE, "ana.requester", null),
                "Unele dintre aceste echipamente sunt rezervate pentru o aplicație; se mută când sunt eliberate "
                        + "pentru ea.");
        assertThat(register.reservedFor(application)).hasSize(1);
    }

    @Test
    void anOrderWithoutAReceiverOrAssetsIsInvalid() {
        Answer invalid = api.as("ion.support").post("/api/v1/movements",
                Map.of("inventoryNumbers", List.of(), "reason", "x"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.fieldErrors()).containsOnlyKeys("inventoryNumbers", "toKind", "toReference");
    }

    private void assertRefusedInRomanian(Map<String, Object> order, String message) {
        Answer refused = api.as("george.warehouse").inLanguage("ro").post("/api/v1/movements", order);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("detail").asText()).isEqualTo(message);
        assertThat(register.historyOf(laptop.inventoryNumber())).isEmpty();
    }

    private Holder holderOf(AssetSummary asset) {
        return register.findByInventoryNumber(asset.inventoryNumber()).orElseThrow().holder();
    }

    private static Map<String, Object> order(List<AssetSummary> assets, HolderKind kind, String reference,
                                             String reason) {
        Map<String, Object> order = new HashMap<>();
        order.put("inventoryNumbers", assets.stream().map(AssetSummary::inventoryNumber).toList());
        order.put("toKind", kind);
        order.put("toReference", reference);
        order.put("reason", reason);
        return order;
    }
}
