package org.procuredesk.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Replenishments over REST: read by IT support, its head, the warehouse, the IT head and auditors, refused to others. */
class ReplenishmentApiTest extends WithReplenishments {

    @LocalServerPort
    int port;

    @Test
    void anAuditorListsReplenishmentsAndReadsOne() {
        String toner = item("Toner API", 5, 20, 1, "30.00");
        receive(warehouse, toner, 5);
        issueToAna(warehouse, line(toner, 1));
        String number = onlyReplenishmentOf(toner, warehouse).getNumber();
        ApiClient auditor = ApiClient.anonymous(port).as("irina.auditor");

        Answer list = auditor.get("/api/v1/replenishments");
        Answer one = auditor.get("/api/v1/replenishments/" + number);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("number")).contains(number);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().path("sku").asText()).isEqualTo(toner);
        assertThat(one.body().path("quantity").asInt()).isEqualTo(16);
        assertThat(one.body().path("orderValue").decimalValue()).isEqualByComparingTo("480.00");
        assertThat(one.body().path("urgent").asBoolean()).isFalse();
        assertThat(one.body().path("state").asText()).isEqualTo("WAITING_FOR_BUDGET");
    }

    @Test
    void othersAreRefusedAndAnUnknownNumberIsNotFound() {
        ApiClient api = ApiClient.anonymous(port);

        assertThat(api.as("ana.requester").get("/api/v1/replenishments").status()).isEqualTo(403);
        assertThat(api.as("carmen.finance").get("/api/v1/replenishments/REP-2026-999999").status()).isEqualTo(403);
        assertThat(api.as("george.warehouse").get("/api/v1/replenishments/REP-2026-999999").status()).isEqualTo(404);
    }
}
