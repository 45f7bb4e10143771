package org.procuredesk.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.HttpTestClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The licence register over REST: IT writes it, auditors read it, everybody else is refused. */
class LicenceApiTest extends WithLicences {

    @LocalServerPort
    int port;

    ApiClient api;
    String product;

    @BeforeEach
    void anonymousClient() {
        api = ApiClient.anonymous(port);
        product = product();
    }

    @Test
    void itSupportRecordsALicenceAndAssignsItsSeatsAndTheOneTooManyIsRefused() {
        ApiClient support = api.as(SUPPORT);

        Answer created = support.post("/api/v1/licences", licence(product, 1));
        String path = "/api/v1/licences/" + created.body().path("summary").path("id").asLong();
        Answer assigned = api.as("victor.ithead").post(path + "/assignments", person("ana.requester"));
        Answer tooMany = support.post(path + "/assignments", person("mihai.manager"));
        Answer audited = api.as("irina.auditor").get(path);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("licenceKey").asText()).isEqualTo("KEY-1");
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body().path("detail").asText())
                .isEqualTo(product + " has no free seat: all 1 bought are in use.");
        assertThat(audited.status()).isEqualTo(200);
        assertThat(audited.body().path("summary").path("seatsUsed").asInt()).isEqualTo(1);
        assertThat(audited.body().path("licenceKey").isNull()).isTrue();
        assertThat(audited.body().path("assignments")).hasSize(1);
    }

    @Test
    void removingAnAssignmentFreesTheSeatAndAReductionBelowUseIsRefusedInTheReadersLanguage() {
        ApiClient support = api.as(SUPPORT).inLanguage("ro");
        String path = "/api/v1/licences/" + support.post("/api/v1/licences", licence(product, 2))
                .body().path("summary").path("id").asLong();
        long ana = support.post(path + "/assignments", person("ana.requester")).body().path("id").asLong();
        support.post(path + "/assignments", person("mihai.manager"));

        Answer reduced = support.put(path, licence(product, 1));
        Answer removed = support.delete(path + "/assignments/" + ana);
        Answer reducedAfterwards = support.put(path, licence(product, 1));

        assertThat(reduced.status()).isEqualTo(422);
        assertThat(reduced.fieldErrors()).containsEntry("seats",
                "Licența nu poate avea 1 locuri: 2 sunt folosite. Eliminați mai întâi atribuiri.");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(reducedAfterwards.status()).isEqualTo(200);
        assertThat(reducedAfterwards.body().path("assignments")).hasSize(2);
    }

    @Test
    void othersAreRefusedAndAuditorsOnlyRead() {
        long id = api.as(SUPPORT).post("/api/v1/licences", licence(product, 2)).body().path("summary").path("id")
                .asLong();
        String path = "/api/v1/licences/" + id;

        for (String other : List.of("ana.requester", "george.warehouse", "carmen.finance", "alex.admin")) {
            assertThat(api.as(other).get("/api/v1/licences").status()).as(other).isEqualTo(403);
        }
        assertThat(api.as("irina.auditor").post(path + "/assignments", person("ana.requester")).status())
                .isEqualTo(403);
        assertThat(api.as("irina.auditor").post("/api/v1/licences", licence(product(), 1)).status()).isEqualTo(403);
        assertThat(api.as("irina.auditor").get("/api/v1/licences/report").status()).isEqualTo(200);
        assertThat(asSupport(() -> licences.detail(id)).assignments()).isEmpty();
    }

    @Test
    void invalidLicencesAreRefusedFieldByField() {
        Map<String, Object> invalid = new HashMap<>(licence("", 0));
        invalid.put("expiresOn", "2024-12-31");

        Answer refused = api.as(SUPPORT).post("/api/v1/licences", invalid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsEntry("product", "This field is required.")
                .containsEntry("seats", "Enter 1 to 1000000 seats.")
                .containsEntry("expiryOnOrAfterValidity", "A licence expires on or after the day it becomes valid.");
    }

    @Test
    void theReportDownloadsAsCsv() {
        HttpResponse<String> csv = new HttpTestClient(port).get("/api/v1/licences/report/csv", "irina.auditor",
                ApiClient.PASSWORD);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"licence-report.csv\"");
        assertThat(csv.body()).startsWith("finding,product,vendor,edition,expires_on,days_left,seats,seats_used");
    }

    private static Map<String, Object> licence(String product, int seats) {
        return Map.of("product", product, "vendor", "Adobe", "licenceKey", "KEY-1", "seats", seats,
                "validFrom", "2025-01-01", "expiresOn", "2099-12-31");
    }

    private static Map<String, Object> person(String username) {
        return Map.of("kind", "PERSON", "assignee", username);
    }
}
