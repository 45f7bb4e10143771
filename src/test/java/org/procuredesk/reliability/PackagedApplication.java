package org.procuredesk.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.procuredesk.ApiClient;
import org.procuredesk.HttpTestClient;

/**
 * The packaged application ({@code -Dprocuredesk.jar}, what {@code package} built) run as a child process on the
 * {@code mysql} profile against a {@link ScratchDatabase}, with the demo people, on a free port; its output goes to
 * {@code target/packaged-app/<name>.log}, a restart appending to it. Killed with {@link #kill9()} (SIGKILL, as a
 * crash), stopped with {@link #stop()}; whatever still runs when the test JVM ends is killed by a shutdown hook.
 */
public final class PackagedApplication {

    private static final Path LOGS = Path.of("target", "packaged-app");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final ScratchDatabase database;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final int port = freePort();
    private Process process;

    /**
     * @param properties the test's own Spring properties, e.g. a short
     *                   {@code camunda.bpm.job-execution.lock-time-in-millis}
     */
    public PackagedApplication(String name, ScratchDatabase database, Map<String, String> properties) {
        this.name = name;
        this.database = database;
        // the jar is built in Vaadin's development mode (vaadin-dev inside): started outside the project it finds no
        // pom.xml and fails, and inside it, it may run npm to build a frontend. Production mode builds nothing; these
        // tests use only the REST API and the job executor, never the UI, so they need no frontend bundle.
        this.properties.put("vaadin.productionMode", "true");
        this.properties.put("server.port", String.valueOf(port));
        // due jobs are looked for at least every two seconds, not up to a minute later as when the executor idles
        this.properties.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        this.properties.put("camunda.bpm.job-execution.max-wait", "2000");
        this.properties.putAll(properties);
    }

    /** Starts the application and waits until {@code /actuator/health} says UP. */
    public PackagedApplication start() {
        launch();
        awaitUp();
        return this;
    }

    /** Starts the application without waiting for it: {@link #awaitUp()} does. */
    public void launch() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the client compiler only: it starts the application a good deal faster, and no test here runs long
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(), "--spring.profiles.active=mysql"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).directory(LOGS.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(Map.of("MYSQL_URL", database.url(), "MYSQL_USER", database.user(),
                "MYSQL_PASSWORD", database.password(), "PROCUREDESK_DEMO_DATA", "true"));
        try {
            Files.createDirectories(LOGS);
            process = builder.start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        RUNNING.add(process);
    }

    /** Waits until the application answers UP; fails with the end of its log when it dies or takes too long. */
    public void awaitUp() {
        HttpTestClient http = new HttpTestClient(port);
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting:\n" + logTail());
            }
            if (isUp(http)) {
                return;
            }
            pause();
        }
        kill9();
        throw new IllegalStateException(name + " was not up within " + STARTUP + ":\n" + logTail());
    }

    /** A crash: SIGKILL, no shutdown hooks, transactions cut where they stand. */
    public void kill9() {
        end(process::destroyForcibly);
    }

    /** An orderly shutdown (SIGTERM), killed if it takes longer than half a minute. */
    public void stop() {
        end(process::destroy);
    }

    public ApiClient api() {
        return ApiClient.anonymous(port);
    }

    public HttpTestClient http() {
        return new HttpTestClient(port);
    }

    public String name() {
        return name;
    }

    private void end(Runnable signal) {
        if (process == null || !process.isAlive()) {
            return;
        }
        signal.run();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
    }

    private static boolean isUp(HttpTestClient http) {
        try {
            return http.get("/actuator/health").body().contains("\"UP\"");
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private Path log() {
        return LOGS.resolve(name + ".log");
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable + ")";
        }
    }

    private static Path jar() {
        String jar = System.getProperty("procuredesk.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("-Dprocuredesk.jar must name the packaged application (run through"
                    + " ./mvnw verify -Pmysql-tests): " + jar);
        }
        return Path.of(jar).toAbsolutePath();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
