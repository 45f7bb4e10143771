package org.procuredesk.reliability;

import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every Vaadin view of the application, found on the classpath so a test covering "every view" covers the next one too. */
public final class ViewRoutes {

    /** A view's class and its route as declared ({@code applications/:id([0-9]+)}). */
    public record View(Class<?> type, String route) {

        /** The route with every parameter given the value 1: an address to open. */
        public String address() {
            return "/" + route.replaceAll(":[^/]+", "1");
        }
    }

    private ViewRoutes() {
    }

    /** Sorted by route. */
    public static List<View> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.procuredesk").stream()
                .map(bean -> load(bean.getBeanClassName()))
                .map(type -> new View(type, type.getAnnotation(Route.class).value()))
                .sorted(Comparator.comparing(View::route))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
