package org.procuredesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** My notifications over REST: written in the language asked for, marked read one by one, only mine; what I am e-mailed. */
@ProcureDeskIntegrationTest
class NotificationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;

    ApiClient requester;
    String link;

    @BeforeEach
    void tellTheRequester() {
        requester = ApiClient.anonymous(port).as("ana.requester");
        link = "applications/" + UUID.randomUUID();
        notifications.notifyPerson("ana.requester", NotificationKind.APPLICATION_DECIDED, link,
                "notice.applicationApproved", "APP-2026-000042");
    }

    @Test
    void myNotificationsAreWrittenInTheLanguageIAskFor() {
        JsonNode english = leadingTo(requester.get("/api/v1/notifications"));
        JsonNode romanian = leadingTo(requester.inLanguage("ro").get("/api/v1/notifications"));

        assertThat(english.path("text").asText()).isEqualTo("Your application APP-2026-000042 was approved.");
        assertThat(english.path("kind").asText()).isEqualTo("APPLICATION_DECIDED");
        assertThat(english.path("read").asBoolean()).isFalse();
        assertThat(romanian.path("text").asText()).isEqualTo("Aplicația dumneavoastră APP-2026-000042 a fost aprobată.");
    }

    @Test
    void iMarkOneOfMineAsRead() {
        long id = leadingTo(requester.get("/api/v1/notifications")).path("id").asLong();

        Answer read = requester.post("/api/v1/notifications/" + id + "/read", null);

        assertThat(read.status()).isEqualTo(204);
        assertThat(leadingTo(requester.get("/api/v1/notifications")).path("read").asBoolean()).isTrue();
    }

    @Test
    void someoneElsesNotificationDoesNotExistForMe() {
        long id = leadingTo(requester.get("/api/v1/notifications")).path("id").asLong();

        Answer refused = ApiClient.anonymous(port).as("mihai.manager").post("/api/v1/notifications/" + id + "/read", null);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().path("detail").asText()).isEqualTo("Notification " + id + " does not exist.");
        assertThat(leadingTo(requester.get("/api/v1/notifications")).path("read").asBoolean()).isFalse();
    }

    @Test
    void iChooseWhatIAmEMailedAbout() {
        ApiClient security = ApiClient.anonymous(port).as("dan.security");

        Answer changed = security.put("/api/v1/notifications/preferences",
                Map.of("emailEnabled", true, "kindsWithoutEmail", List.of("REMINDER")));
        Answer read = security.get("/api/v1/notifications/preferences");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("emailEnabled").asBoolean()).isTrue();
        assertThat(read.body().path("kindsWithoutEmail")).extracting(JsonNode::asText).containsExactly("REMINDER");
        assertThat(requester.get("/api/v1/notifications/preferences").body().path("kindsWithoutEmail")).isEmpty();
        security.put("/api/v1/notifications/preferences", Map.of("emailEnabled", true, "kindsWithoutEmail", List.of()));
    }

    private JsonNode leadingTo(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return StreamSupport.stream(answer.body().spliterator(), false)
                .filter(notification -> link.equals(notification.path("link").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("nothing leads to " + link));
    }
}
