package org.procuredesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.HttpTestClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register as CSV over REST: an import answers the rejected rows in the caller's language, an export gives
 * back the rows imported, and an export imported elsewhere gives the same rows again.
 */
class RegisterCsvApiTest extends AtAnEmptyWarehouse {

    static final String CRLF = "\r\n";

    @LocalServerPort
    int port;

    HttpTestClient http;
    String prefix;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
        prefix = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void anExportGivesBackTheRowsImportedAndImportedElsewhereGivesThemAgain() {
        String imported = file(prefix);

        JsonNode report = importCsv("ion.support", imported, false, "en");
        String exported = export("irina.auditor", prefix);

        assertThat(report.path("registered").asInt()).isEqualTo(4);
        assertThat(report.path("rejected").size()).isZero();
        assertThat(exported).isEqualTo(AssetCsv.BYTE_ORDER_MARK + imported);
        String elsewhere = prefix.replace('R', 'E');
        JsonNode again = importCsv("victor.ithead", exported.replace(prefix, elsewhere), false, "en");
        assertThat(again.path("registered").asInt()).isEqualTo(4);
        assertThat(export("george.warehouse", elsewhere)).isEqualTo(exported.replace(prefix, elsewhere));
    }

    @Test
    void theImportReportsEachRejectedRowInTheCallersLanguageAndACheckRegistersNothing() {
        String file = AssetImportTest.HEADER + CRLF
                + prefix + "-1,,LAPTOP,T14,Laptop,,,2026-01-31,,,WAREHOUSE," + warehouse + ",,PIERDUT" + CRLF
                + prefix + "-2,,LAPTOP,T14,Laptop,,,2026-01-31,,,WAREHOUSE," + warehouse + ",,IN_STOCK" + CRLF;

        JsonNode report = importCsv("ion.support", file, true, "ro");

        assertThat(report.path("checkOnly").asBoolean()).isTrue();
        assertThat(report.path("rows").asInt()).isEqualTo(2);
        assertThat(report.path("registered").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(report.path("rejected").get(0).path("inventoryNumber").asText()).isEqualTo(prefix + "-1");
        assertThat(report.path("rejected").get(0).path("reasons").get(0).asText())
                .isEqualTo("Nu există starea PIERDUT: IN_STOCK, IN_USE, IN_REPAIR sau WRITTEN_OFF.");
        assertThat(register.findByInventoryNumber(prefix + "-2")).isEmpty();
    }

    @Test
    void theRegistersReadersExportAndOnlyItSupportAndTheItHeadImport() {
        assertThat(get("carmen.finance", "/api/v1/assets/csv").statusCode()).isEqualTo(403);
        assertThat(get("ana.requester", "/api/v1/assets/csv").statusCode()).isEqualTo(403);
        assertThat(get("elena.supporthead", "/api/v1/assets/csv?text=" + prefix).statusCode()).isEqualTo(200);
        for (String other : new String[] {"george.warehouse", "irina.auditor", "elena.supporthead"}) {
            assertThat(post(other, file(prefix), false, "en").statusCode()).as(other).isEqualTo(403);
        }
        assertThat(register.findByInventoryNumber(prefix + "-1")).isEmpty();
    }

    /** Four assets, one of each holder kind and status, as an export writes them. */
    private String file(String numbers) {
        String w = String.valueOf(warehouse);
        String warehouseName = fixtures.people.warehouseName(warehouse).orElseThrow();
        var branch = fixtures.people.branches().get(0);
        return String.join(CRLF, AssetImportTest.HEADER,
                numbers + "-1," + numbers + "-SN1,LAPTOP,ThinkPad T14,\"Laptop, 14\"\"\",IT Supplies SRL,NIR-7,"
                        + "2026-01-31,4200.00,2028-01-31,WAREHOUSE," + w + "," + warehouseName + ",IN_STOCK",
                numbers + "-2,,MONITOR,P2422H,Monitor ăîșț,,,2025-06-30,,,EMPLOYEE,ana.requester,Ana Popescu,IN_USE",
                numbers + "-3," + numbers + "-SN3,PRINTER,,Printer,,,2024-01-15,899.99,2025-01-15,BRANCH,"
                        + branch.id() + "," + branch.name() + ",IN_REPAIR",
                numbers + "-4," + numbers + "-SN1,LAPTOP,ThinkPad T14,Old laptop,,,2020-01-31,100.00,,WAREHOUSE,"
                        + w + "," + warehouseName + ",WRITTEN_OFF") + CRLF;
    }

    private JsonNode importCsv(String username, String csv, boolean checkOnly, String language) {
        HttpResponse<String> response = post(username, csv, checkOnly, language);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private HttpResponse<String> post(String username, String csv, boolean checkOnly, String language) {
        return http.send(http.request("/api/v1/assets/import?fileName=register.csv&checkOnly=" + checkOnly)
                .header("Authorization", HttpTestClient.basic(username, HttpTestClient.DEMO_PASSWORD))
                .header("Content-Type", "text/csv").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private String export(String username, String text) {
        HttpResponse<String> response = get(username, "/api/v1/assets/csv?text=" + text);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        return response.body();
    }

    private HttpResponse<String> get(String username, String path) {
        return http.get(path, username, HttpTestClient.DEMO_PASSWORD);
    }
}
