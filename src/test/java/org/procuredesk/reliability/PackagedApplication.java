package org.procuredesk.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.procuredesk.ApiClient;
import org.procuredesk.HttpTestClient;

/**
 * The packaged application ({@code -Dprocuredesk.jar}, what {@code package} built) run as a child process on the
 * {@code mysql} profile against a {@link ScratchDatabase}, with the demo people, on a free port; its output goes to
 * {@code target/packaged-app/<name>.log}, a restart appending to it. Killed with {@link #kill9()} (SIGKILL, as a
 * crash), stopped with {@link #stop()}; whatever still runs when the test JVM ends is killed by a shutdown hook.
 * {@link #onH2} runs the jar on an in-memory H2 database instead, {@link #mainClass} another application of the test
 * classpath (the benchmarks' bare application) the same way.
 */
public final class PackagedApplication {

    private static final Path LOGS = Path.of("target", "packaged-app");
    // generous: two cores shared by several test runs can take minutes to start the application
    private static final Duration STARTUP = Duration.ofMinutes(8);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final String mainClass;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final int port = freePort();
    private Path classpathDirectory;
    private Process process;

    /**
     * @param properties the test's own Spring properties, e.g. a short
     *                   {@code camunda.bpm.job-execution.lock-time-in-millis}
     */
    public PackagedApplication(String name, ScratchDatabase database, Map<String, String> properties) {
        this(name, null, List.of("--spring.profiles.active=mysql"),
                Map.of("MYSQL_URL", database.url(), "MYSQL_USER", database.user(),
                        "MYSQL_PASSWORD", database.password(), "PROCUREDESK_DEMO_DATA", "true"), properties);
    }

    private PackagedApplication(String name, String mainClass, List<String> arguments, Map<String, String> environment,
                                Map<String, String> properties) {
        this.name = name;
        this.mainClass = mainClass;
        this.arguments = arguments;
        this.environment = environment;
        // the jar is built in Vaadin's development mode (vaadin-dev inside): started outside the project it finds no
        // pom.xml and fails, and inside it, it may run npm to build a frontend. Production mode builds nothing; these
        // tests use the REST API and the job executor, or speak to the UI over plain HTTP with a plain page added
        // (withClasspath), so they need no frontend bundle.
        this.properties.put("vaadin.productionMode", "true");
        this.properties.put("server.port", String.valueOf(port));
        // due jobs are looked for at least every two seconds, not up to a minute later as when the executor idles
        this.properties.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        this.properties.put("camunda.bpm.job-execution.max-wait", "2000");
        this.properties.putAll(properties);
    }

    /** The packaged application on its default profile, with an in-memory H2 database of its own and demo people. */
    public static PackagedApplication onH2(String name, Map<String, String> properties) {
        return new PackagedApplication(name, null, List.of(), Map.of("PROCUREDESK_H2_URL",
                "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "PROCUREDESK_DEMO_DATA", "true"),
                properties);
    }

    /**
     * An application of the test classpath ({@code java -cp <test classpath> <mainClass>}), its database named by
     * its properties.
     */
    public static PackagedApplication mainClass(String name, String mainClass, Map<String, String> properties) {
        return new PackagedApplication(name, mainClass, List.of(), Map.of(), properties);
    }

    /**
     * Adds a directory to the application's classpath, e.g. one holding the page Vaadin serves in production mode
     * ({@code META-INF/VAADIN/webapp/index.html}); the packaged jar is then started through Spring Boot's
     * {@code PropertiesLauncher}, which reads the directory from {@code loader.path}.
     */
    public PackagedApplication withClasspath(Path directory) {
        this.classpathDirectory = directory.toAbsolutePath();
        return this;
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
                "-Xmx1g", "-XX:TieredStopAtLevel=1"));
        command.addAll(target());
        command.addAll(arguments);
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).directory(LOGS.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(environment);
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

    /** The running process's id, e.g. for {@code jcmd}. */
    public long pid() {
        return process.pid();
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

    /** What the JVM runs: the packaged jar, or the main class on the test classpath; the added directory first. */
    private List<String> target() {
        String prefix = classpathDirectory == null ? "" : classpathDirectory + File.pathSeparator;
        if (mainClass != null) {
            return List.of("-cp", prefix + testClasspath(), mainClass);
        }
        if (classpathDirectory == null) {
            return List.of("-jar", jar().toString());
        }
        return List.of("-cp", jar().toString(), "-Dloader.path=" + classpathDirectory,
                "org.springframework.boot.loader.launch.PropertiesLauncher");
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

    /**
     * The test JVM's classpath (Surefire and Failsafe start it through a jar whose manifest lists the classpath, and
     * name the classpath itself in {@code surefire.test.class.path}), without Spring Boot's development tools, which
     * would restart the application in a class loader of their own; the packaged jar leaves them out too.
     */
    private static String testClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("spring-boot-devtools"))
                .collect(Collectors.joining(File.pathSeparator));
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
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
