package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.HttpTestClient.DEMO_PASSWORD;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who gets in where, over plain HTTP, beyond what {@code reliability.AccessMatrixTest} checks for every view and
 * endpoint: refusals in words, health and metrics, closed engine surfaces.
 */
@ProcureDeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessRulesTest {

    @LocalServerPort
    int port;

    HttpTestClient http;

    @BeforeEach
    void connect() {
        http = new HttpTestClient(port);
    }

    @Test
    void refusalIsTranslatedIntoTheLanguageTheClientAsksFor() {
        HttpResponse<String> response = http.send(http.request("/api/v1/me").header("Accept-Language", "ro").GET().build());

        assertThat(response.body()).contains("Autentificați-vă pentru a folosi această adresă.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest", "/engine-rest/engine", "/engine-rest/process-definition",
            "/camunda", "/camunda/app/cockpit/default/", "/camunda/api/engine/engine/default/user"})
    void engineRestApiAndCamundaWebappsAreNotThere(String path) {
        assertThat(http.get(path).statusCode()).isEqualTo(404);
        assertThat(http.get(path, "alex.admin", DEMO_PASSWORD).statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(http.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(post.statusCode()).isEqualTo(404);
    }

    @Test
    void wrongPasswordIsRefusedAndLogged(CapturedOutput output) {
        HttpResponse<String> response = http.get("/api/v1/openapi", "ana.requester", "not-her-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(output.getOut()).contains("Sign-in refused for user 'ana.requester': BadCredentialsException");
    }

    @Test
    void healthIsPublicAndReportsNoDetailsToAnonymousVisitors() {
        HttpResponse<String> response = http.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void healthShowsDatabaseAndJobExecutorToAnAdministrator() {
        HttpResponse<String> response = http.get("/actuator/health", "alex.admin", DEMO_PASSWORD);

        assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"").contains("\"jobExecutor\":{\"status\":\"UP\"");
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "ana.requester", DEMO_PASSWORD).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = http.get("/actuator/prometheus", "alex.admin", DEMO_PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void apiDocumentationIsServedToSignedInClients() {
        HttpResponse<String> response = http.get("/api/v1/openapi", "ana.requester", DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }

    @Test
    void unknownApiPathAnswersProblemDetailsNotThePageOfTheUi() {
        HttpResponse<String> response = http.get("/api/v1/no-such-thing", "ana.requester", DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is nothing at this address.").doesNotContain("<html");
    }

    @Test
    void noErrorResponseRevealsInternals() {
        List<HttpResponse<String>> responses = List.of(
                http.get("/api/v1/no-such-thing", "ana.requester", DEMO_PASSWORD),
                http.send(http.request("/api/v1/openapi").header("Authorization",
                        HttpTestClient.basic("ana.requester", DEMO_PASSWORD)).DELETE().build()));

        assertThat(responses).allSatisfy(response -> assertThat(response.body())
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL"));
    }
}
