package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.ApiClient;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.UiHttpSession;
import org.procuredesk.people.Newcomers;
import org.procuredesk.people.Role;
import org.procuredesk.reliability.ReliabilityFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests forged from another site find nothing to ride on: the UI refuses a request without its session's security
 * key, and the REST API reads no session cookie at all.
 */
@ProcureDeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CrossSiteRequestTest {

    @LocalServerPort
    int port;
    @Autowired
    Newcomers newcomers;

    private static final String NEW_APPLICATION = "application-submit";
    private static final String NEW_APPLICATION_ROUTE = "applications/new";

    HttpTestClient http;
    String username;

    @BeforeEach
    void aNewRequester() {
        http = new HttpTestClient(port);
        username = newcomers.withRole("csrf", Role.REQUESTER);
    }

    @Test
    void aUiRequestWithoutTheSessionsSecurityKeyIsRefusedAndChangesNothing(CapturedOutput output) {
        UiHttpSession session = UiHttpSession.signIn(http, username, HttpTestClient.DEMO_PASSWORD);
        String securityKey = UiHttpSession.securityKey(session.open("settings"));

        HttpResponse<String> forged = navigate(session, ",\"csrfToken\":\"" + UUID.randomUUID() + "\"");
        HttpResponse<String> missing = navigate(session, "");

        for (HttpResponse<String> refused : List.of(forged, missing)) {
            assertThat(refused.body()).contains("\"changes\":{}").contains("\"syncId\":-1")
                    .doesNotContain(NEW_APPLICATION);
            ReliabilityFigures.refused();
        }
        assertThat(output.getOut()).contains("Invalid security key received");
        assertThat(navigate(session, ",\"csrfToken\":\"" + securityKey + "\"").body()).contains(NEW_APPLICATION);
    }

    @Test
    void anApiWriteCarryingOnlyTheUiSessionIsRefusedAndCreatesNothing() {
        String session = UiHttpSession.signIn(http, username, HttpTestClient.DEMO_PASSWORD).cookie();

        HttpResponse<String> write = http.send(http.request("/api/v1/tasks/filters").header("Cookie", session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Smuggled\",\"scope\":\"GROUPS\","
                        + "\"filter\":{},\"sort\":{\"field\":\"DUE\",\"descending\":false}}")).build());

        assertThat(write.statusCode()).isEqualTo(401);
        ReliabilityFigures.refused();
        assertThat(ApiClient.anonymous(port).as(username).get("/api/v1/tasks/filters").body()).isEmpty();
    }

    /** The UI asked to open the new application form, with the security key given or none. */
    private static HttpResponse<String> navigate(UiHttpSession session, String securityKey) {
        return session.uidl(UiHttpSession.navigation(NEW_APPLICATION_ROUTE, securityKey));
    }
}
