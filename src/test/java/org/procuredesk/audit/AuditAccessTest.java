package org.procuredesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.HttpTestClient.DEMO_PASSWORD;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Auditors open every audit view and change nothing: each audit read answers them, each write of the whole API is
 * refused to them before it is read. A requester opens no audit view at all.
 */
@ProcureDeskIntegrationTest
class AuditAccessTest {

    static final String AUDITOR = "irina.auditor";
    static final String REQUESTER = "ana.requester";

    /** A write of each kind the API takes, across its features: each refused to an auditor whatever its body. */
    static final List<String> WRITES = List.of("POST /api/v1/audit/incidents/1/retry", "POST /api/v1/requests",
            "POST /api/v1/requests/drafts", "PUT /api/v1/requests/1/draft", "POST /api/v1/requests/1/submit",
            "POST /api/v1/requests/1/withdraw", "POST /api/v1/tasks/1/claim", "POST /api/v1/tasks/1/unclaim",
            "POST /api/v1/tasks/1/delegation", "POST /api/v1/tasks/1/reassignment", "POST /api/v1/tasks/1/completeness",
            "POST /api/v1/tasks/1/decision",
            "POST /api/v1/tasks/bulk-approval", "POST /api/v1/tasks/1/order", "POST /api/v1/tasks/1/receipt",
            "POST /api/v1/tasks/1/handover", "POST /api/v1/tasks/1/receipt-confirmation",
            "POST /api/v1/tasks/1/exclusion", "POST /api/v1/tasks/1/budget-submission",
            "POST /api/v1/tasks/1/budget-review", "POST /api/v1/tasks/filters", "DELETE /api/v1/tasks/filters/1",
            "POST /api/v1/substitutions", "DELETE /api/v1/substitutions/1", "POST /api/v1/notifications/1/read",
            "PUT /api/v1/notifications/preferences", "PUT /api/v1/budgets/WEEKLY-2026-W49/limit",
            "POST /api/v1/budgets/WEEKLY-2026-W49/lines/1/move", "POST /api/v1/budgets/WEEKLY-2026-W49/intake",
            "POST /api/v1/budgets/WEEKLY-2026-W49/comments", "PUT /api/v1/assets/INV-2026-000001/extended-warranty",
            "POST /api/v1/movements", "POST /api/v1/assets/import", "POST /api/v1/inventory-counts",
            "POST /api/v1/licences", "PUT /api/v1/licences/1", "POST /api/v1/licences/1/assignments",
            "DELETE /api/v1/licences/1/assignments/1", "POST /api/v1/repairs", "POST /api/v1/stock/receipts",
            "POST /api/v1/stock/issues", "POST /api/v1/stock/transfers",
            "POST /api/v1/stock/documents/SOUT-2026-000001/reversal", "POST /api/v1/consumables",
            "PUT /api/v1/consumables/SKU-1", "POST /api/v1/people", "PUT /api/v1/people/1",
            "POST /api/v1/departments", "POST /api/v1/branches", "POST /api/v1/warehouses");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    HttpTestClient http;
    AuditedProcess process;
    List<String> reads;

    @BeforeEach
    void aFinishedCase() {
        http = new HttpTestClient(port);
        process = new AuditedProcess(context);
        String number = AuditedProcess.newNumber();
        Instant started = Instant.now().minus(2, ChronoUnit.DAYS);
        String instance = process.startAt(started, number);
        process.completeAt(started.plusSeconds(60), instance, AuditedProcess.REVIEW, "ion.support", null, Map.of());
        String definition = URLEncoder.encode(process.definitionId, StandardCharsets.UTF_8);
        String cases = "/api/v1/audit/cases/" + number;
        String period = "from=2026-01-01&to=2026-12-31";
        reads = List.of("/api/v1/audit/cases?number=AUD", cases, cases + "/elements/" + AuditedProcess.REVIEW,
                cases + "/trail", cases + "/trail.csv", cases + "/trail.pdf", "/api/v1/audit/processes",
                "/api/v1/audit/processes/" + definition + "/heat-map?" + period, "/api/v1/audit/incidents",
                "/api/v1/audit/decisions?" + period, "/api/v1/audit/decisions.csv?" + period,
                "/api/v1/audit/decisions.pdf?" + period, "/api/v1/audit/exports");
    }

    @AfterEach
    void remove() {
        process.remove();
    }

    @Test
    void anAuditorOpensEveryAuditView() {
        assertThat(reads).allSatisfy(path -> assertThat(http.get(path, AUDITOR, DEMO_PASSWORD).statusCode())
                .as(path).isEqualTo(200));
    }

    @Test
    void theItHeadOpensEveryAuditViewToo() {
        assertThat(reads).allSatisfy(path -> assertThat(http.get(path, "victor.ithead", DEMO_PASSWORD).statusCode())
                .as(path).isEqualTo(200));
    }

    @Test
    void aRequesterOpensNoAuditView() {
        assertThat(reads).allSatisfy(path -> assertThat(http.get(path, REQUESTER, DEMO_PASSWORD).statusCode())
                .as(path).isEqualTo(403));
    }

    @Test
    void anAuditorIsRefusedEveryWrite() {
        assertThat(WRITES).allSatisfy(write -> {
            String[] methodAndPath = write.split(" ");
            HttpRequest request = http.request(methodAndPath[1])
                    .header("Authorization", HttpTestClient.basic(AUDITOR, DEMO_PASSWORD))
                    .header("Content-Type", "application/json")
                    .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString("{}")).build();
            assertThat(http.send(request).statusCode()).as(write).isEqualTo(403);
        });
    }
}
