package org.procuredesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.people.Fixtures.uniqueCode;
import static org.procuredesk.people.Fixtures.uniqueUsername;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.system.ApiPaths;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProcureDeskIntegrationTest
class AdministrationApiTest {

    @LocalServerPort
    int port;

    ApiClient anonymous;
    ApiClient admin;

    @BeforeEach
    void clients() {
        anonymous = ApiClient.anonymous(port);
        admin = anonymous.as("alex.admin");
    }

    @Test
    void refusesAnonymousCallersWithProblemDetails() {
        Answer answer = anonymous.get("/api/v1/people");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("detail").asText()).isEqualTo("Sign in to use this address.");
    }

    @Test
    void refusesARequesterEvenBeforeLookingAtWhatTheySend() {
        ApiClient requester = anonymous.as("ana.requester");

        assertThat(requester.get("/api/v1/people").status()).isEqualTo(403);
        assertThat(requester.get("/api/v1/warehouses").status()).isEqualTo(403);
        Answer invalidPost = requester.post("/api/v1/branches", Map.of());
        assertThat(invalidPost.status()).isEqualTo(403);
        assertThat(invalidPost.body().path("detail").asText()).isEqualTo("You are not allowed to do this.");
    }

    @Test
    void tellsAnyoneSignedInWhoTheyAre() {
        Answer me = anonymous.as("ana.requester").get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("username").asText()).isEqualTo("ana.requester");
        assertThat(me.body().path("roles")).extracting(JsonNode::asText).containsExactly("REQUESTER");
        assertThat(me.body().has("passwordHash")).isFalse();
    }

    @Test
    void listsEachInvalidFieldInEnglishAndStoresNothing() {
        String username = "Invalid " + uniqueCode();
        Answer answer = admin.post("/api/v1/people", invalidPerson(username));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("detail").asText()).isEqualTo("Some fields are not valid.");
        assertThat(answer.fieldErrors()).isEqualTo(Map.of(
                "username", "Use 3 to 64 lower-case letters, digits, dots, dashes or underscores.",
                "fullName", "This field is required.",
                "email", "Enter a valid e-mail address.",
                "roles", "Choose at least one role.",
                "newPassword", "This field is required."));
        assertThat(admin.get("/api/v1/people").body().findValuesAsText("username")).doesNotContain(username);
    }

    @Test
    void listsEachInvalidFieldInRomanian() {
        Answer answer = admin.inLanguage("ro").post("/api/v1/people", invalidPerson("Invalid " + uniqueCode()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("title").asText()).isEqualTo("Cerere greșită");
        assertThat(answer.fieldErrors()).isEqualTo(Map.of(
                "username", "Folosiți între 3 și 64 de litere mici, cifre, puncte, cratime sau liniuțe jos.",
                "fullName", "Acest câmp este obligatoriu.",
                "email", "Introduceți o adresă de e-mail validă.",
                "roles", "Alegeți cel puțin un rol.",
                "newPassword", "Acest câmp este obligatoriu."));
    }

    @Test
    void addsAPersonWhoCanThenSignInAndNeverShowsThePassword() {
        String username = uniqueUsername();
        Answer added = admin.post("/api/v1/people", person(username, "REQUESTER"));

        assertThat(added.status()).isEqualTo(201);
        String location = added.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/people/" + added.body().path("id").asLong());
        assertThat(added.body().toString()).doesNotContainIgnoringCase("password");
        assertThat(admin.get(location).body().path("username").asText()).isEqualTo(username);
        Answer signedIn = anonymous.as(username).get("/api/v1/me");
        assertThat(signedIn.status()).isEqualTo(200);
    }

    @Test
    void changesAPersonAndRefusesATakenUserNameOnItsField() {
        String username = uniqueUsername();
        JsonNode added = admin.post("/api/v1/people", person(username, "REQUESTER")).body();
        String location = "/api/v1/people/" + added.path("id").asLong();
        Map<String, Object> change = person(username, "LINE_MANAGER");
        change.remove("newPassword");
        change.put("version", added.path("version").asLong());

        Answer changed = admin.put(location, change);
        change.put("username", "ana.requester");
        change.put("version", changed.body().path("version").asLong());
        Answer taken = admin.put(location, change);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("roles")).extracting(JsonNode::asText).containsExactly("LINE_MANAGER");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.fieldErrors()).containsEntry("username", "The user name ana.requester is already taken.");
    }

    @Test
    void answersNotFoundNamingTheMissingRecordByItsIdWithoutThousandsSeparators() {
        Answer missing = admin.get("/api/v1/departments/" + Long.MAX_VALUE);
        Answer missingInRomanian = admin.inLanguage("ro").get("/api/v1/people/" + Long.MAX_VALUE);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("detail").asText()).isEqualTo("Department 9223372036854775807 does not exist.");
        assertThat(missingInRomanian.body().path("detail").asText())
                .isEqualTo("Persoana 9223372036854775807 nu există.");
    }

    @Test
    void addsAndChangesADepartmentABranchAndItsWarehouse() {
        long headId = admin.get("/api/v1/me").body().path("id").asLong();
        Answer department = admin.post("/api/v1/departments",
                Map.of("code", uniqueCode(), "name", "Procurement", "headId", headId));
        Answer branch = admin.post("/api/v1/branches", Map.of("code", uniqueCode(), "name", "Iași", "city", "Iași"));
        long branchId = branch.body().path("id").asLong();
        String warehouseCode = uniqueCode();
        Answer warehouse = admin.post("/api/v1/warehouses",
                Map.of("code", warehouseCode, "name", "IT warehouse Iași", "branchId", branchId));
        Answer renamed = admin.put("/api/v1/warehouses/" + warehouse.body().path("id").asLong(),
                Map.of("code", warehouseCode, "name", "Central IT warehouse Iași", "branchId", branchId,
                        "version", warehouse.body().path("version").asLong()));

        assertThat(List.of(department.status(), branch.status(), warehouse.status())).containsOnly(201);
        assertThat(department.body().path("headName").asText()).isEqualTo("Alex Barbu");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asText()).isEqualTo("Central IT warehouse Iași");
        assertThat(renamed.body().path("branchName").asText()).isEqualTo("Iași");
    }

    @ParameterizedTest
    @ValueSource(strings = {ApiPaths.PEOPLE, ApiPaths.DEPARTMENTS, ApiPaths.BRANCHES, ApiPaths.WAREHOUSES})
    void refusesAChangeToAnOutdatedVersionAsAConflictAndKeepsTheChangeMadeMeanwhile(String path) {
        Map<String, Object> record = newRecord(path);
        Answer added = admin.post(path, record);
        String location = added.headers().firstValue("Location").orElseThrow();
        String nameField = path.equals(ApiPaths.PEOPLE) ? "fullName" : "name";
        record.put("version", added.body().path("version").asLong());

        record.put(nameField, "Changed first");
        Answer first = admin.put(location, record);
        record.put(nameField, "Changed second, from what was read before the first change");
        Answer second = admin.inLanguage("ro").put(location, record);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("detail").asText())
                .isEqualTo("Altcineva a modificat între timp. Reîncărcați și încercați din nou.");
        assertThat(admin.get(location).body().path(nameField).asText()).isEqualTo("Changed first");
    }

    @Test
    void refusesAChangeThatNamesNoVersionOnTheVersionField() {
        Map<String, Object> branch = newRecord(ApiPaths.BRANCHES);
        String location = admin.post(ApiPaths.BRANCHES, branch).headers().firstValue("Location").orElseThrow();

        Answer answer = admin.put(location, branch);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fieldErrors()).isEqualTo(Map.of("version", "This field is required."));
    }

    @Test
    void refusesAnInvalidWarehouseFieldByField() {
        Answer answer = admin.inLanguage("ro").post("/api/v1/warehouses", Map.of("code", "wh 1", "name", ""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fieldErrors()).isEqualTo(Map.of(
                "code", "Folosiți între 1 și 20 de majuscule, cifre sau cratime.",
                "name", "Acest câmp este obligatoriu.",
                "branchId", "Acest câmp este obligatoriu."));
    }

    @Test
    void describesTheAdministrationInTheOpenApiDocument() {
        Answer document = admin.get("/api/v1/openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("paths").fieldNames()).toIterable()
                .contains("/api/v1/me", "/api/v1/people", "/api/v1/people/{id}", "/api/v1/warehouses/{id}");
        assertThat(document.body().path("components").path("schemas").fieldNames()).toIterable()
                .contains("PersonForm", "PersonSummary", "WarehouseForm");
    }

    private static Map<String, Object> person(String username, String role) {
        return new HashMap<>(Map.of("username", username, "fullName", "Test " + username,
                "email", username + "@procuredesk.example", "roles", List.of(role), "active", true,
                "newPassword", ApiClient.PASSWORD));
    }

    /** What adds a new record at the path, with values no other record holds. */
    private Map<String, Object> newRecord(String path) {
        return new HashMap<>(switch (path) {
            case ApiPaths.PEOPLE -> person(uniqueUsername(), "REQUESTER");
            case ApiPaths.DEPARTMENTS -> Map.of("code", uniqueCode(), "name", "Quality");
            case ApiPaths.BRANCHES -> Map.of("code", uniqueCode(), "name", "Arad branch", "city", "Arad");
            default -> Map.of("code", uniqueCode(), "name", "IT warehouse Arad",
                    "branchId", admin.post(ApiPaths.BRANCHES, newRecord(ApiPaths.BRANCHES)).body().path("id").asLong());
        });
    }

    private static Map<String, Object> invalidPerson(String username) {
        return Map.of("username", username, "fullName", "", "email", "not-an-email", "roles", List.of(),
                "active", true);
    }
}
