package org.procuredesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/** Calls the REST API of the running test application as a machine would: JSON and HTTP Basic. */
public final class ApiClient {

    /** The password of every demo person. */
    public static final String PASSWORD = HttpTestClient.DEMO_PASSWORD;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final HttpTestClient transport;
    private final String username;
    private final String language;

    private ApiClient(HttpTestClient transport, String username, String language) {
        this.transport = transport;
        this.username = username;
        this.language = language;
    }

    /** Nobody signed in, asking in English. */
    public static ApiClient anonymous(int port) {
        return new ApiClient(new HttpTestClient(port), null, "en");
    }

    /** The same calls, signed in as the given demo person. */
    public ApiClient as(String demoUsername) {
        return new ApiClient(transport, demoUsername, language);
    }

    /** The same calls, asking for answers in the given language. */
    public ApiClient inLanguage(String languageTag) {
        return new ApiClient(transport, username, languageTag);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, Object body) {
        return send("POST", path, body);
    }

    public Answer put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    private Answer send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = transport.request(path)
                    .header("Accept", "application/json, application/problem+json")
                    .header("Accept-Language", language)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (username != null) {
                request.header("Authorization", HttpTestClient.basic(username, PASSWORD));
            }
            HttpResponse<String> response = transport.send(request.build());
            String text = response.body();
            return new Answer(response.statusCode(), response.headers(),
                    text == null || text.isBlank() ? json.nullNode() : json.readTree(text));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** What the API answered. */
    public record Answer(int status, HttpHeaders headers, JsonNode body) {

        /** The message of each field a problem lists under {@code errors}. */
        public Map<String, String> fieldErrors() {
            Map<String, String> errors = new TreeMap<>();
            body.path("errors").forEach(error -> errors.put(error.path("field").asText(),
                    error.path("message").asText()));
            return errors;
        }
    }
}
