package org.procuredesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.ApiClient;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
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

    HttpTestClient http;
    String username;

    @BeforeEach
    void aNewRequester() {
        http = new HttpTestClient(port);
        username = newcomers.withRole("csrf", Role.REQUESTER);
    }

    @Test
    void aUiRequestWithoutTheSessionsSecurityKeyIsRefusedAndChangesNothing(CapturedOutput output) {
        String session = signedInSession();
        HttpResponse<String> init = http.send(http.request("/?v-r=init&location=settings").header("Cookie", session)
                .GET().build());
        String securityKey = find(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");

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
        String session = signedInSession();

        HttpResponse<String> write = http.send(http.request("/api/v1/tasks/filters").header("Cookie", session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Smuggled\",\"scope\":\"GROUPS\","
                        + "\"filter\":{},\"sort\":{\"field\":\"DUE\",\"descending\":false}}")).build());

        assertThat(write.statusCode()).isEqualTo(401);
        ReliabilityFigures.refused();
        assertThat(ApiClient.anonymous(port).as(username).get("/api/v1/tasks/filters").body()).isEmpty();
    }

    /** Signed in through the sign-in form as a browser would: the session cookie it answers with. */
    private String signedInSession() {
        HttpResponse<String> form = http.get("/login");
        String token = find(form.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\"");
        HttpResponse<String> signedIn = http.send(http.request("/login").header("Cookie", sessionCookie(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + HttpTestClient.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return sessionCookie(signedIn);
    }

    /** The UI asked to open the new application form, with the security key given or none. */
    private HttpResponse<String> navigate(String session, String securityKey) {
        return http.send(http.request("/?v-r=uidl&v-uiId=0").header("Cookie", session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"rpc\":[{\"type\":\"event\",\"node\":1,"
                        + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"applications/new\",\"query\":\"\","
                        + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}],"
                        + "\"syncId\":0,\"clientId\":0" + securityKey + "}")).build());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
