package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.net.http.HttpRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleAdministration;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.PersonForm;
import org.procuredesk.people.Role;
import org.procuredesk.reliability.ApiEndpoints.Endpoint;
import org.procuredesk.reliability.JsonBodies.Spoiled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Every endpoint of the REST API that takes input, fed generated bad input as a person holding every role but the read-only auditor's (made
 * by the test, so the demo people's data stays as it was): each input is refused as a translated problem, naming
 * the field when it was a body's, with nothing of it stored, or it is stored and reads back as it was sent.
 */
@ProcureDeskIntegrationTest
class BadInputPropertiesTest {

    private static final int BODIES_PER_ENDPOINT = 40;
    private static final int PATHS_PER_ENDPOINT = 5;
    /** Every call signs in (HTTP Basic): the tester's password is hashed at BCrypt's lowest cost, not production's. */
    private static final int CHEAP_HASHING = 4;
    private static final List<String> LANGUAGES = List.of("en", "ro");

    /** Every character beyond ASCII escaped ({@code \\ud800}): half a character reaches the server as it was made. */
    private static final ObjectMapper ESCAPED = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static String tester;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleAdministration administration;

    @Autowired
    PeopleDirectory people;

    HttpTestClient http;

    @BeforeEach
    void signUpATesterHoldingEveryRole() {
        http = new HttpTestClient(port);
        if (tester == null) {
            String username = "input." + UUID.randomUUID().toString().substring(0, 8);
            SignedIn.as(people, "alex.admin", () -> administration.create(new PersonForm(username, "Input Tester",
                    username + "@procuredesk.example", null, null, EnumSet.complementOf(EnumSet.of(Role.AUDITOR)), true,
                    HttpTestClient.DEMO_PASSWORD, null)));
            jdbc.update("update person set password_hash = ? where username = ?",
                    new BCryptPasswordEncoder(CHEAP_HASHING).encode(HttpTestClient.DEMO_PASSWORD), username);
            tester = username;
        }
    }

    @Test
    void generatedBodiesAreRefusedNamingTheirFieldOrStoredAsSent() {
        NastyValues values = NastyValues.forProperty("generatedBodies");
        JsonBodies bodies = new JsonBodies(values);
        FeatureTables tables = new FeatureTables(jdbc);
        Failures failures = new Failures();
        for (Endpoint endpoint : ApiEndpoints.of(context)) {
            EndpointInputs inputs = new EndpointInputs(endpoint, values);
            Optional<Type> type = inputs.jsonBody();
            if (type.isEmpty()) {
                continue;
            }
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                failures.check(() -> {
                JsonBodies.Body body = bodies.next(type.get());
                String path = inputs.pathToNothing();
                Map<String, Long> before = tables.count(endpoint.pattern());
                ApiAnswer answer = send(endpoint.method(), path, "application/json",
                        HttpRequest.BodyPublishers.ofString(escaped(body.json())),
                        endpoint + " " + body.spoiled()).assertHandled();
                if (answer.refused()) {
                    answer.assertNamesFields();
                    assertThat(tables.count(endpoint.pattern())).as("%s stored part of a refused input", answer.call())
                            .isEqualTo(before);
                    ReliabilityFigures.refused();
                } else {
                    assertReadsBackAsSent(answer, body.spoiled());
                }
                });
            }
        }
        failures.assertNone();
    }

    @Test
    void malformedBodiesAreRefusedAsProblemsOnEveryEndpointThatTakesOne() {
        List<HttpRequest.BodyPublisher> malformed = malformedBodies();
        Failures failures = new Failures();
        for (Endpoint endpoint : ApiEndpoints.of(context)) {
            EndpointInputs inputs = new EndpointInputs(endpoint, NastyValues.forProperty("malformed " + endpoint));
            if (inputs.jsonBody().isEmpty()) {
                continue;
            }
            for (int i = 0; i < malformed.size(); i++) {
                int index = i;
                failures.check(() -> {
                String contentType = index == 0 ? "text/plain" : "application/json";
                ApiAnswer answer = send(endpoint.method(), inputs.pathToNothing(), contentType, malformed.get(index),
                        endpoint + " malformed body #" + index).assertHandled();
                assertThat(answer.status()).as(answer.call()).isIn(400, 404, 413, 415);
                ReliabilityFigures.refused();
                });
            }
        }
        failures.assertNone();
    }

    @Test
    void nastyPathAndQueryValuesAreRefusedOrAnsweredOnEveryEndpoint() {
        NastyValues values = NastyValues.forProperty("pathsAndQueries");
        Failures failures = new Failures();
        for (Endpoint endpoint : ApiEndpoints.of(context)) {
            EndpointInputs inputs = new EndpointInputs(endpoint, values);
            for (int i = 0; i < PATHS_PER_ENDPOINT; i++) {
                failures.check(() -> {
                String path = inputs.nastyPathAndQuery();
                boolean withBody = inputs.jsonBody().isPresent();
                ApiAnswer answer = send(endpoint.method(), path, "application/json",
                        withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody(),
                        endpoint + " as " + path).assertHandled();
                if (answer.refused()) {
                    ReliabilityFigures.refused();
                }
                });
            }
        }
        failures.assertNone();
    }

    private void assertReadsBackAsSent(ApiAnswer answer, List<Spoiled> spoiled) {
        List<Spoiled> texts = spoiled.stream().filter(Spoiled::topLevelText).toList();
        assertSame(answer.call(), answer.body(), texts);
        if (answer.location() != null) {
            ApiAnswer again = send("GET", answer.location(), "application/json", HttpRequest.BodyPublishers.noBody(),
                    "GET " + answer.location() + " after " + answer.call()).assertHandled();
            assertThat(again.status()).as(again.call()).isEqualTo(200);
            assertSame(again.call(), again.body(), texts);
        }
    }

    /**
     * Each text read back as sent, or with its surrounding blanks trimmed. A text sent to a yes/no or number field that
     * was taken anyway (Jackson reads a blank text as false or zero) is not compared.
     */
    private static void assertSame(String call, JsonNode read, List<Spoiled> texts) {
        for (Spoiled text : texts) {
            JsonNode value = read.path(text.name());
            if (value.isMissingNode() || value.isBoolean() || value.isNumber()) {
                continue;
            }
            String sent = text.value().asText();
            if (value.isNull()) {
                assertThat(sent.isBlank()).as("%s: %s read back as nothing", call, text.path()).isTrue();
            } else {
                String stored = value.asText();
                assertThat(List.of(sent, sent.strip(), sent.trim()).contains(stored))
                        .as("%s: %s read back as %s", call, text.path(), Failures.abbreviated(stored)).isTrue();
            }
        }
    }

    private static String escaped(JsonNode body) {
        try {
            return ESCAPED.writeValueAsString(body);
        } catch (JsonProcessingException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static List<HttpRequest.BodyPublisher> malformedBodies() {
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        return List.of(
                HttpRequest.BodyPublishers.ofString("{\"name\": \"not JSON's type\"}"),
                HttpRequest.BodyPublishers.noBody(),
                HttpRequest.BodyPublishers.ofString("{"),
                HttpRequest.BodyPublishers.ofString("{\"a\":}"),
                HttpRequest.BodyPublishers.ofString("{'single': 'quotes'}"),
                HttpRequest.BodyPublishers.ofString("{\"a\": 1,}"),
                HttpRequest.BodyPublishers.ofString("nul"),
                HttpRequest.BodyPublishers.ofString("\u0000"),
                HttpRequest.BodyPublishers.ofString("[]"),
                HttpRequest.BodyPublishers.ofString("\"text\""),
                HttpRequest.BodyPublishers.ofString("1E400"),
                HttpRequest.BodyPublishers.ofString("[".repeat(5_000) + "]".repeat(5_000)),
                HttpRequest.BodyPublishers.ofString("{\"a\": " + "{\"a\": ".repeat(3_000) + "1" + "}".repeat(3_001)),
                HttpRequest.BodyPublishers.ofByteArray(invalidUtf8));
    }

    private ApiAnswer send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
            String call) {
        ReliabilityFigures.inputTried();
        HttpRequest request = http.request(path)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", LANGUAGES.get(Math.floorMod(call.hashCode(), LANGUAGES.size())))
                .header("Content-Type", contentType)
                .header("Authorization", HttpTestClient.basic(tester, HttpTestClient.DEMO_PASSWORD))
                .method(method, body)
                .build();
        try {
            return ApiAnswer.of(Failures.abbreviated(call), http.send(request));
        } catch (UncheckedIOException brokenOff) {
            throw new AssertionError(Failures.abbreviated(call) + " broke off its answer: " + brokenOff.getMessage());
        }
    }

}
