package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the API answered to a bad input, held to the API's promises: a 4xx problem ({@code application/problem+json})
 * with a translated detail and, for a 400 on a body, the fields at fault; never a 500, a stack trace, SQL or a
 * class name.
 */
record ApiAnswer(String call, int status, String contentType, JsonNode body, String location) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 404, 405, 409, 413, 415, 422);
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "org.procuredesk.", "org.hibernate",
            "org.springframework", "SQLState", "could not execute", "constraint [", "Caused by");
    /** A message key sent instead of its text: {@code validation.tooLong}. */
    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z0-9]+)+");
    /** A message whose key was not interpolated: {@code {validation.tooLong}} (a client's {@code ${1+1}} may be quoted). */
    private static final Pattern UNRESOLVED = Pattern.compile("(?<!\\$)\\{[a-z]+(\\.[A-Za-z0-9]+)+}");

    static ApiAnswer of(String call, HttpResponse<String> response) {
        String text = response.body() == null ? "" : response.body();
        JsonNode body;
        try {
            body = text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (Exception notJson) {
            body = JSON.getNodeFactory().textNode(text);
        }
        return new ApiAnswer(call, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                body, response.headers().firstValue("Location").orElse(null));
    }

    boolean refused() {
        return status >= 400;
    }

    /** Refused as a problem, or done; anything else fails the property. */
    ApiAnswer assertHandled() {
        assertThat(status).as("%s answered %d: %s", call, status, shown()).isLessThan(500);
        if (!refused()) {
            return this;
        }
        assertThat(status).as("%s answered %d: %s", call, status, shown()).isIn(REFUSALS);
        assertThat(contentType).as("%s answered %d as %s: %s", call, status, contentType, shown())
                .startsWith("application/problem+json");
        String withoutEcho = withoutInstance().toString();
        INTERNALS.forEach(internal -> assertThat(withoutEcho).as("%s leaks internals: %s", call, shown())
                .doesNotContain(internal));
        String detail = body.path("detail").asText();
        assertThat(detail).as("%s answered %d without a detail: %s", call, status, shown()).isNotBlank();
        assertThat(KEY.matcher(detail).matches()).as("%s answered an untranslated key: %s", call, detail).isFalse();
        body.path("errors").forEach(error -> assertThat(error.path("message").asText())
                .as("%s: untranslated field message %s", call, error).isNotBlank().doesNotMatch(KEY)
                .doesNotContainPattern(UNRESOLVED));
        return this;
    }

    /** A 400 on a body names the fields at fault. */
    void assertNamesFields() {
        if (status == 400) {
            assertThat(body.path("errors").findValuesAsText("field")).as("%s: 400 without its fields: %s", call, shown())
                    .isNotEmpty().allSatisfy(field -> assertThat(field).isNotBlank());
        }
    }

    private String shown() {
        return Failures.abbreviated(body.toString());
    }

    private JsonNode withoutInstance() {
        if (body instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.remove("instance");
            return copy;
        }
        return body;
    }
}
