package org.procuredesk.reliability;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.procuredesk.HttpTestClient;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;

/**
 * A call of one endpoint that can change nothing: path values naming nothing that exists, the required query
 * parameters filled in, and for a write an empty JSON object as its body or the one {@code access/bodies.txt} names.
 */
final class EndpointCall {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final String NO_ID = "987654321";
    private static final Map<String, String> NO_VALUE = Map.of(
            "period", "WEEKLY-2099-W99",
            "number", "APP-2099-999999",
            "businessKey", "APP-2099-999999",
            "inventoryNumber", "INV-2099-999999",
            "taskId", "no-such-task",
            "sku", "NO-SUCH-SKU",
            "definitionId", "noSuchProcess:1:no-such-definition");

    /** {@code access/bodies.txt}: a write's body where an empty object would not do. */
    private static final Map<String, String> BODIES = bodies();

    private EndpointCall() {
    }

    static HttpRequest request(HttpTestClient http, ApiEndpoints.Endpoint endpoint, String authorization) {
        HttpRequest.Builder request = http.request(address(endpoint)).header("Accept", "*/*");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpRequest.BodyPublisher body = endpoint.writes() ? HttpRequest.BodyPublishers.ofString(BODIES.getOrDefault(endpoint.toString(), "{}"))
                : HttpRequest.BodyPublishers.noBody();
        if (endpoint.writes()) {
            request.header("Content-Type", "application/json");
        }
        return request.method(endpoint.method(), body).build();
    }

    /** The endpoints {@code access/bodies.txt} gives a body for. */
    static Set<String> withBodies() {
        return BODIES.keySet();
    }

    /** The endpoint's pattern with placeholder path values and its required query parameters. */
    static String address(ApiEndpoints.Endpoint endpoint) {
        MethodParameter[] parameters = endpoint.handler().getMethodParameters();
        for (MethodParameter parameter : parameters) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        }
        Matcher variables = VARIABLE.matcher(endpoint.pattern().replace("/**", "/no-such-thing"));
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, Matcher.quoteReplacement(pathValue(variables.group(1), parameters)));
        }
        variables.appendTail(path);
        List<String> query = new ArrayList<>();
        for (MethodParameter parameter : parameters) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                String name = param.value().isEmpty() ? parameter.getParameterName() : param.value();
                query.add(name + "=" + value(name, parameter.getParameterType()));
            }
        }
        return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
    }

    private static String pathValue(String name, MethodParameter[] parameters) {
        for (MethodParameter parameter : parameters) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null && name.equals(variable.value().isEmpty() ? parameter.getParameterName()
                    : variable.value())) {
                return value(name, parameter.getParameterType());
            }
        }
        throw new IllegalStateException("No parameter for the path variable " + name);
    }

    private static String value(String name, Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
            return NO_ID;
        }
        if (type == LocalDate.class) {
            return "to".equals(name) ? "2026-01-31" : "2026-01-01";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return NO_VALUE.getOrDefault(name, "no-such-" + name);
    }

    private static Map<String, String> bodies() {
        return AccessTable.text("bodies.txt").lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(" = ")),
                        line -> line.substring(line.indexOf(" = ") + 3)));
    }
}
