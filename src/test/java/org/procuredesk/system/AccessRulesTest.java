package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.HttpTestClient.DEMO_PASSWORD;

import com.vaadin.flow.router.Route;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Who gets in where, over plain HTTP: anonymous visitors, machines with HTTP Basic, closed engine surfaces. */
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

    /**
     * Every Vaadin route of the application, found on the classpath so a new view is covered too; a
     * parameter ({@code applications/:id([0-9]+)}) is given the value 1.
     */
    static Stream<String> viewRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.procuredesk").stream()
                .map(bean -> {
                    try {
                        return Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value();
                    } catch (ClassNotFoundException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                })
                .filter(route -> !"login".equals(route))
                .map(route -> route.replaceAll(":[^/]+", "1"));
    }

    @ParameterizedTest
    @MethodSource("viewRoutes")
    void anonymousVisitorOfAnyViewIsSentToSignIn(String route) {
        HttpResponse<String> response = http.get("/" + route);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void signInPageIsOpenToEveryone() {
        assertThat(http.get("/login").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/openapi", "/api/v1/people", "/api/v1/notifications",
            "/api/v1/no-such-thing", "/api/v1/assets?serial=SN-1", "/api/v1/assets/INV-2026-000001",
            "/api/v1/movements", "/api/v1/movements/MOV-2026-000001", "/api/v1/assets/csv", "/api/v1/budgets",
            "/api/v1/budgets/WEEKLY-2026-W49/csv", "/api/v1/consumables", "/api/v1/stock/levels",
            "/api/v1/stock/documents", "/api/v1/stock/documents/SOUT-2026-000001", "/api/v1/inventory-counts",
            "/api/v1/inventory-counts/CNT-2026-000001", "/api/v1/licences", "/api/v1/licences/1",
            "/api/v1/licences/report", "/api/v1/licences/report/csv", "/api/v1/replenishments",
            "/api/v1/replenishments/REP-2026-000001", "/api/v1/repairs", "/api/v1/repairs/1",
            "/api/v1/repairs/1/timeline", "/api/v1/repairs/1/dispatch-note.pdf", "/api/v1/repairs/1/write-off.pdf",
            "/api/v1/repairs/sla-report", "/api/v1/audit/cases?number=APP", "/api/v1/audit/cases/APP-2026-000001",
            "/api/v1/audit/cases/APP-2026-000001/elements/approve", "/api/v1/audit/cases/APP-2026-000001/trail",
            "/api/v1/audit/cases/APP-2026-000001/trail.csv", "/api/v1/audit/cases/APP-2026-000001/trail.pdf",
            "/api/v1/audit/processes", "/api/v1/audit/processes/applicationToIt:1:1/heat-map?from=2026-01-01&to=2026-01-31",
            "/api/v1/audit/incidents", "/api/v1/audit/decisions?from=2026-01-01&to=2026-01-31",
            "/api/v1/audit/decisions.csv?from=2026-01-01&to=2026-01-31",
            "/api/v1/audit/decisions.pdf?from=2026-01-01&to=2026-01-31", "/api/v1/audit/exports"})
    void anonymousCallToTheApiIsRefusedWithProblemDetails(String path) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").contains("Sign in to use this address.");
    }

    @ParameterizedTest
    @CsvSource({"ion.support, 200", "george.warehouse, 200", "victor.ithead, 200", "irina.auditor, 200",
            "ana.requester, 403", "carmen.finance, 403", "alex.admin, 403"})
    void theEquipmentRegisterIsReadByItSupportTheWarehouseKeeperTheItHeadAndAuditorsOnly(String username, int status) {
        HttpResponse<String> response = http.get("/api/v1/assets?inventoryNumber=INV-0000-000000", username,
                DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"ion.support, 200", "elena.supporthead, 200", "victor.ithead, 200", "irina.auditor, 200",
            "ana.requester, 403", "george.warehouse, 403", "carmen.finance, 403", "alex.admin, 403"})
    void theRepairSlaReportIsReadByItSupportItsHeadTheItHeadAndAuditorsOnly(String username, int status) {
        HttpResponse<String> response = http.get("/api/v1/repairs/sla-report", username, DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"irina.auditor, 200", "victor.ithead, 200", "ana.requester, 403", "ion.support, 403",
            "carmen.finance, 403", "alex.admin, 403"})
    void auditsAreReadByAuditorsAndTheItHeadOnly(String username, int status) {
        for (String path : List.of("/api/v1/audit/cases?number=APP", "/api/v1/audit/processes",
                "/api/v1/audit/decisions?from=2026-01-01&to=2026-01-31", "/api/v1/audit/exports")) {
            assertThat(http.get(path, username, DEMO_PASSWORD).statusCode()).as(path).isEqualTo(status);
        }
    }

    @ParameterizedTest
    @CsvSource({"irina.auditor, 200", "victor.ithead, 200", "alex.admin, 200", "ana.requester, 403"})
    void incidentsAreListedToAuditorsTheItHeadAndAdministrators(String username, int status) {
        assertThat(http.get("/api/v1/audit/incidents", username, DEMO_PASSWORD).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"irina.auditor, 403", "victor.ithead, 403", "ana.requester, 403", "alex.admin, 404"})
    void onlyAdministratorsRetryAFailedJob(String username, int status) {
        HttpResponse<String> response = http.send(http.request("/api/v1/audit/incidents/no-such-incident/retry")
                .header("Authorization", HttpTestClient.basic(username, DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana.requester", "alex.admin", "ion.support", "irina.auditor"})
    void everyoneSignedInListsTheRepairCasesTheyMaySee(String username) {
        assertThat(http.get("/api/v1/repairs", username, DEMO_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousWriteToTheApiIsRefusedWithoutTouchingAnything() {
        HttpResponse<String> response = http.send(http.request("/api/v1/people")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"intruder\"}")).build());

        assertThat(response.statusCode()).isEqualTo(401);
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
