package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procuredesk.HttpTestClient;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.Newcomers;
import org.procuredesk.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Who may open what, compared with the intended tables {@code access/api.csv} and {@code access/views.csv}: every
 * endpoint of the REST API and every view, for one new person of each role and for an anonymous visitor. A view or
 * endpoint without a row fails, and so does a row naming nothing. On a difference the tables as observed are
 * written to {@code target/access/}.
 */
@ProcureDeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String PASSWORD = HttpTestClient.DEMO_PASSWORD;
    private static final Path OBSERVED = Path.of("target", "access");
    /** Endpoints called at once: the server answers several, and the test's time is mostly waiting. */
    private static final int CALLERS = 4;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Newcomers newcomers;
    @Autowired
    JdbcTemplate jdbc;

    HttpTestClient http;
    final Map<Role, String> usernames = new EnumMap<>(Role.class);

    /**
     * One person of each role, whom no other test knows, so that nothing a demo person owns is ever touched. Their
     * passwords are hashed cheaply: every call signs in again with HTTP Basic, and a thousand sign-ins at the
     * application's strength would take minutes.
     */
    @BeforeAll
    void onePersonOfEachRole() {
        http = new HttpTestClient(port);
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (Role role : Role.values()) {
            String username = newcomers.withRole("matrix." + role.name().toLowerCase().replace('_', '-'), role);
            jdbc.update("update person set password_hash = ? where username = ?", hash, username);
            usernames.put(role, username);
        }
    }

    @Test
    void everyEndpointAndEveryViewHasARowAndEveryRowNamesOne() {
        Set<String> endpoints = new TreeSet<>(ApiEndpoints.of(context).stream().map(Object::toString).toList());
        Set<String> views = new TreeSet<>(ViewRoutes.all().stream().map(AccessMatrixTest::name).toList());

        assertThat(missing(endpoints, AccessTable.read("api.csv").names()))
                .as("endpoints without a row in access/api.csv").isEmpty();
        assertThat(missing(AccessTable.read("api.csv").names(), endpoints))
                .as("rows of access/api.csv naming no endpoint").isEmpty();
        assertThat(missing(EndpointCall.withBodies(), endpoints))
                .as("rows of access/bodies.txt naming no endpoint").isEmpty();
        assertThat(missing(views, AccessTable.read("views.csv").names()))
                .as("views without a row in access/views.csv").isEmpty();
        assertThat(missing(AccessTable.read("views.csv").names(), views))
                .as("rows of access/views.csv naming no view").isEmpty();
    }

    @Test
    void everyEndpointOpensToTheRolesItsRowNamesAndRefusesEveryoneElse() throws Exception {
        long start = System.nanoTime();
        AccessTable table = AccessTable.read("api.csv");
        List<ApiEndpoints.Endpoint> endpoints = ApiEndpoints.of(context);
        List<String> differences = Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool callers = new ForkJoinPool(CALLERS);
        try {
            List<String> observed = callers.submit(() -> endpoints.parallelStream()
                    .map(endpoint -> probe(table, endpoint, differences)).toList()).get();
            System.out.printf("Access matrix api.csv: %d calls in %d s%n", endpoints.size() * (Role.values().length + 1),
                    (System.nanoTime() - start) / 1_000_000_000);
            report("api.csv", endpoints.size(), observed, differences);
        } finally {
            callers.shutdown();
        }
    }

    /** The endpoint called by each role and anonymously: its row as observed, with the statuses answered. */
    private String probe(AccessTable table, ApiEndpoints.Endpoint endpoint, List<String> differences) {
        Set<Role> admitted = EnumSet.noneOf(Role.class);
        StringBuilder statuses = new StringBuilder();
        for (Role role : Role.values()) {
            HttpResponse<String> response = http.send(EndpointCall.request(http, endpoint,
                    HttpTestClient.basic(usernames.get(role), PASSWORD)));
            statuses.append(response.statusCode()).append(' ');
            if (opens(endpoint, response, differences)) {
                admitted.add(role);
            }
            compare(table, endpoint.toString(), Optional.of(role), response, differences);
        }
        HttpResponse<String> anonymous = http.send(EndpointCall.request(http, endpoint, null));
        compare(table, endpoint.toString(), Optional.empty(), anonymous, differences);
        return AccessTable.row(endpoint.toString(), admitted, anonymous.statusCode() != 401)
                + "  # " + statuses.append(anonymous.statusCode());
    }

    @Test
    void everyViewOpensToTheRolesItsRowNamesAndSendsAnonymousVisitorsToSignIn() throws IOException {
        AccessTable table = AccessTable.read("views.csv");
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<ViewRoutes.View> views = ViewRoutes.all();
        List<String> differences = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        for (ViewRoutes.View view : views) {
            Set<Role> admitted = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                boolean opens = checker.hasAccess(view.type(), () -> usernames.get(role), role.name()::equals);
                if (opens) {
                    admitted.add(role);
                }
                expect(table, name(view), Optional.of(role), opens, differences);
            }
            HttpResponse<String> anonymous = http.get(view.address());
            boolean anonymousAdmitted = checker.hasAccess(view.type(), null, role -> false);
            boolean sentToSignIn = anonymous.statusCode() == 302
                    && anonymous.headers().firstValue("Location").orElse("").endsWith("/login");
            if (anonymousAdmitted == sentToSignIn) {
                differences.add(name(view) + " for an anonymous visitor over HTTP: " + anonymous.statusCode());
            }
            expect(table, name(view), Optional.empty(), anonymousAdmitted, differences);
            observed.add(AccessTable.row(name(view), admitted, anonymousAdmitted));
        }

        report("views.csv", views.size(), observed, differences);
    }

    /** Whether the door opened: neither 401 nor 403, and a write refused before it changed anything. */
    private static boolean opens(ApiEndpoints.Endpoint endpoint, HttpResponse<String> response,
                                 List<String> differences) {
        int status = response.statusCode();
        if (endpoint.writes() && status / 100 == 2) {
            differences.add(endpoint + " accepted a placeholder write: " + status + " " + response.body());
        }
        return status != 401 && status != 403;
    }

    private static void compare(AccessTable table, String endpoint, Optional<Role> role,
                                HttpResponse<String> response, List<String> differences) {
        int status = response.statusCode();
        boolean admitted = table.admits(endpoint, role);
        int refusal = role.isPresent() ? 403 : 401;
        if (admitted ? status == 401 || status == 403 : status != refusal || !problem(response)) {
            differences.add(endpoint + " for " + role.map(Role::name).orElse("anonymous") + ": "
                    + status + (admitted ? ", allowed in the table" : ", refused in the table"));
        } else if (!admitted) {
            ReliabilityFigures.refused();
        }
    }

    private static void expect(AccessTable table, String view, Optional<Role> role, boolean opens,
                               List<String> differences) {
        if (table.admits(view, role) != opens) {
            differences.add(view + " for " + role.map(Role::name).orElse("anonymous") + ": "
                    + (opens ? "opens" : "refused") + ", the table says otherwise");
        } else if (!opens) {
            ReliabilityFigures.refused();
        }
    }

    private static boolean problem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private void report(String file, int rows, List<String> observed, List<String> differences) throws IOException {
        System.out.printf("Access matrix %s: %d rows x %d roles and an anonymous visitor, %d differences%n", file,
                rows, Role.values().length, differences.size());
        if (!differences.isEmpty()) {
            Files.createDirectories(OBSERVED);
            Files.write(OBSERVED.resolve(file), observed);
        }
        assertThat(differences).as("differences from access/%s (as observed: %s)", file, OBSERVED.resolve(file))
                .isEmpty();
    }

    private static String name(ViewRoutes.View view) {
        return "/" + view.route();
    }

    private static Set<String> missing(Set<String> these, Set<String> from) {
        Set<String> missing = new TreeSet<>(these);
        missing.removeAll(from);
        return missing;
    }
}
