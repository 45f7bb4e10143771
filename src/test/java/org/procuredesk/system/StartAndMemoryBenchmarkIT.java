package org.procuredesk.system;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.procuredesk.HttpTestClient;
import org.procuredesk.bench.BenchResults;
import org.procuredesk.bench.BenchResults.Entry;
import org.procuredesk.bench.Sizes;
import org.procuredesk.reliability.PackagedApplication;
import org.procuredesk.reliability.ScratchDatabase;

/**
 * Benchmark B6: how long ProcureDesk takes from a cold start to healthy, how much heap it holds then, and how much
 * each signed-in UI session adds, beside a bare Spring Boot + Camunda + Vaadin application ({@code bench.bare}) on
 * the same database, started the same number of times, alternated so machine noise hits both. Both run as separate
 * processes with the same JVM options: ProcureDesk from the packaged jar (what is shipped), the bare application
 * from the test classpath. Heap is the live bytes after a full collection ({@code jcmd GC.class_histogram}); a
 * session signs in through the form over plain HTTP and opens a UI: ProcureDesk's task list as the demo line manager,
 * the bare application's one grid view. Each figure is the median over the starts
 * ({@code -Dprocuredesk.bench.starts}, 3) of {@code -Dprocuredesk.bench.sessions} (200) sessions. Runs on an
 * in-memory H2 database of each start's own and, when MYSQL_URL is set, again on MariaDB (a scratch database per
 * application: the first start creates the schema, later ones find it). Prints the figures and records them as B6 in
 * the {@link BenchResults}; the classes that grew most per ProcureDesk session are printed too. Run it with
 * {@code ./mvnw -o -Pbench verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=StartAndMemoryBenchmarkIT}.
 */
@Tag("benchmark")
class StartAndMemoryBenchmarkIT {

    private static final int STARTS = Sizes.of("procuredesk.bench.starts", 3);
    private static final int SESSIONS = Sizes.of("procuredesk.bench.sessions", 200);
    private static final double GOAL_KB_PER_SESSION = 300;
    private static final String BARE_APPLICATION = "bench.bare.BareApplication";
    private static final MeasuredStart.SignIn PROCUREDESK_USER = new MeasuredStart.SignIn("mihai.manager",
            HttpTestClient.DEMO_PASSWORD, "tasks", "vaadin-grid", null);
    private static final MeasuredStart.SignIn BARE_USER = new MeasuredStart.SignIn("bare", "bare", "",
            "vaadin-grid", "tasks");

    @Test
    void onH2() {
        compare("H2", round -> PackagedApplication.onH2("b6-procuredesk-" + round, Map.of()),
                round -> PackagedApplication.mainClass("b6-bare-" + round, BARE_APPLICATION,
                        Map.of("spring.datasource.url", "jdbc:h2:mem:bare;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "MYSQL_URL", matches = ".+")
    void onMariaDb() {
        try (ScratchDatabase procuredesk = ScratchDatabase.create("pd_b6");
             ScratchDatabase bare = ScratchDatabase.create("pd_b6_bare")) {
            compare("MySQL/MariaDB", round -> new PackagedApplication("b6-procuredesk-" + round, procuredesk, Map.of()),
                    round -> PackagedApplication.mainClass("b6-bare-" + round, BARE_APPLICATION, onMariaDb(bare)));
        }
    }

    private static void compare(String database, IntFunction<PackagedApplication> procuredesk,
                                IntFunction<PackagedApplication> bare) {
        List<MeasuredStart> ours = new ArrayList<>();
        List<MeasuredStart> theirs = new ArrayList<>();
        for (int round = 0; round < STARTS; round++) {
            if (round % 2 == 0) {
                ours.add(measure(procuredesk.apply(round), PROCUREDESK_USER));
                theirs.add(measure(bare.apply(round), BARE_USER));
            } else {
                theirs.add(measure(bare.apply(round), BARE_USER));
                ours.add(measure(procuredesk.apply(round), PROCUREDESK_USER));
            }
        }
        report(database, ours, theirs);
    }

    /** The application measured with the page Vaadin serves in production mode on its classpath (see index.html). */
    private static MeasuredStart measure(PackagedApplication application, MeasuredStart.SignIn signIn) {
        try {
            Path page = Path.of(StartAndMemoryBenchmarkIT.class.getResource("/bench/ui-page").toURI());
            return MeasuredStart.of(application.withClasspath(page), signIn, SESSIONS);
        } catch (URISyntaxException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static void report(String database, List<MeasuredStart> ours, List<MeasuredStart> theirs) {
        double start = median(ours, MeasuredStart::startMillis);
        double heap = median(ours, run -> run.heapBytes() / 1e6);
        double session = median(ours, run -> run.bytesPerSession() / 1e3);
        double bareStart = median(theirs, MeasuredStart::startMillis);
        double bareHeap = median(theirs, run -> run.heapBytes() / 1e6);
        double bareSession = median(theirs, run -> run.bytesPerSession() / 1e3);
        System.out.printf(Locale.ROOT, "%nB6 on %s (%d starts each, %d sessions), ProcureDesk beside the bare app:%n"
                + "  cold start to healthy      %,8.0f ms   %,8.0f ms   %.2f×%n"
                + "  heap after start           %,8.1f MB   %,8.1f MB   %.2f×%n"
                + "  memory per UI session      %,8.1f KB   %,8.1f KB   %.2f×%n"
                + "  what a ProcureDesk session grew by, per class (last start):%n    %s%n", database, STARTS, SESSIONS,
                start, bareStart, start / bareStart, heap, bareHeap, heap / bareHeap, session, bareSession,
                session / bareSession, String.join("\n    ", ours.get(ours.size() - 1).growthPerSession()));
        String beside = "printed beside a bare app";
        BenchResults.record(List.of(
                Entry.against("B6 cold start to healthy", database, start, bareStart, "ms", beside, true),
                Entry.against("B6 heap after start", database, heap, bareHeap, "MB", beside, true),
                Entry.against("B6 memory per signed-in UI session (" + SESSIONS + " sessions)", database, session,
                        bareSession, "KB", "≤ 300 KB per session", session <= GOAL_KB_PER_SESSION)));
    }

    private static double median(List<MeasuredStart> runs, ToDoubleFunction<MeasuredStart> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The bare application on MariaDB, with the connection settings the engine needs (as in the mysql profile). */
    private static Map<String, String> onMariaDb(ScratchDatabase database) {
        return Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password(),
                "spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED",
                "spring.datasource.hikari.data-source-properties.sendFractionalSeconds", "false",
                "spring.datasource.hikari.data-source-properties.nullDatabaseMeansCurrent", "true");
    }
}
