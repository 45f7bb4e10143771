package org.procuredesk.reliability;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.procuredesk.system.ApiPaths;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the REST API as the running application maps it, so a test covering "every endpoint"
 * covers the next one added too.
 */
public final class ApiEndpoints {

    /** One HTTP method on one path pattern ({@code /api/v1/repairs/{id}}), and the Java method answering it. */
    public record Endpoint(String method, String pattern, HandlerMethod handler) {

        /** {@code "GET /api/v1/repairs/{id}"}. */
        @Override
        public String toString() {
            return method + " " + pattern;
        }

        public boolean writes() {
            return !Set.of("GET", "HEAD", "OPTIONS").contains(method);
        }
    }

    private ApiEndpoints() {
    }

    /** Sorted by path, then method. */
    public static List<Endpoint> of(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        return mapping.getHandlerMethods().entrySet().stream()
                .flatMap(entry -> endpoints(entry.getKey(), entry.getValue()).stream())
                .filter(endpoint -> endpoint.pattern().startsWith(ApiPaths.ROOT + "/"))
                .sorted(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method))
                .toList();
    }

    private static List<Endpoint> endpoints(RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return info.getPatternValues().stream()
                .flatMap(pattern -> (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).stream()
                        .map(method -> new Endpoint(method.name(), pattern, handler)))
                .toList();
    }
}
