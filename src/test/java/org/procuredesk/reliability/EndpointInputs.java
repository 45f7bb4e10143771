package org.procuredesk.reliability;

import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procuredesk.reliability.ApiEndpoints.Endpoint;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** What an endpoint takes, read from its Java method: the JSON body's type, path variables and query parameters. */
final class EndpointInputs {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Longer values make the URL, not the application, the thing refused (by the servlet container). */
    private static final int MAX_URL_VALUE = 200;

    private final Endpoint endpoint;
    private final NastyValues values;

    EndpointInputs(Endpoint endpoint, NastyValues values) {
        this.endpoint = endpoint;
        this.values = values;
    }

    /** The body's type, when the endpoint reads JSON into a record (a generic one's resolved for its subclass). */
    Optional<Type> jsonBody() {
        return parameters().stream()
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .filter(parameter -> parameter.getParameterType().isRecord())
                .<Type>map(MethodParameter::getParameterType)
                .findFirst();
    }

    /** The path with each variable an id or key that names nothing. */
    String pathToNothing() {
        return fill(name -> "9" + "0".repeat(11));
    }

    /** The path with nasty variables and nasty query parameters. */
    String nastyPathAndQuery() {
        List<String> query = new ArrayList<>();
        for (MethodParameter parameter : parameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && values.chance(0.7)) {
                String name = param.name().isEmpty() ? param.value() : param.name();
                name = name.isEmpty() ? parameter.getParameterName() : name;
                query.add(name + "=" + encode(valueFor(parameter.getParameterType())));
            }
        }
        String path = fill(name -> withoutContainerRefusals(valueFor(typeOfVariable(name))));
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private String valueFor(Class<?> type) {
        String value;
        if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
            value = values.chance(0.8) ? values.integerLiteral() : values.text(true);
        } else if (type.getName().startsWith("java.time")) {
            value = values.dateLiteral();
        } else if (type == boolean.class || type == Boolean.class) {
            value = values.oneOf(List.of("true", "yes", "", "2", "${1+1}"));
        } else {
            value = values.text(true);
        }
        return value.length() > MAX_URL_VALUE ? value.substring(0, MAX_URL_VALUE) : value;
    }

    /**
     * Tomcat refuses a path holding an encoded NUL, backslash or slash itself, with its own 400 page, before the
     * application sees the request; the other characters reach the endpoint.
     */
    private static String withoutContainerRefusals(String value) {
        return value.replace("\u0000", "").replace("\\", "").replace("/", "");
    }

    private Class<?> typeOfVariable(String name) {
        return parameters().stream()
                .filter(parameter -> parameter.hasParameterAnnotation(PathVariable.class))
                .filter(parameter -> name.equals(variableName(parameter)))
                .<Class<?>>map(MethodParameter::getParameterType)
                .findFirst().orElse(String.class);
    }

    private static String variableName(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        String name = variable.name().isEmpty() ? variable.value() : variable.name();
        return name.isEmpty() ? parameter.getParameterName() : name;
    }

    private String fill(java.util.function.UnaryOperator<String> valueOf) {
        Matcher matcher = VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(encode(valueOf.apply(matcher.group(1)))));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private List<MethodParameter> parameters() {
        List<MethodParameter> parameters = List.of(endpoint.handler().getMethodParameters());
        parameters.forEach(parameter -> parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer()));
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
