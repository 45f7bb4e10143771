package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.procuredesk.ApiClient;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.ProcureDeskApplication;
import org.procuredesk.SignedIn;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.Applications;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestTaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away for 30 seconds while the application is in use: an application of the test's own, on a
 * database of its own, reaches MariaDB through a {@link TcpProxy} that is cut and then restored. Meanwhile every
 * request is refused within seconds with a translated "try again in a minute", health says DOWN; afterwards
 * requests succeed again, everything made before is intact, nothing refused was stored, and the job executor
 * runs what fell due meanwhile.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = "mysql")
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** A refusal while the database is away comes within this, never as a hang. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(90);
    private static final String UNREACHABLE =
            "The database cannot be reached at the moment; nothing was changed. Try again in a minute.";
    private static final String UNREACHABLE_RO =
            "Baza de date nu poate fi accesată momentan; nu s-a modificat nimic. Încercați din nou peste un minut.";

    @Test
    void requestsDuringAThirtySecondOutageAreRefusedPromptlyAndAfterwardsEverythingGoesOnIntact() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("outage");
             TcpProxy proxy = new TcpProxy(database.host(), database.port());
             ConfigurableApplicationContext application = start(database, proxy)) {
            ApiClient api = ApiClient.anonymous(((WebServerApplicationContext) application).getWebServer().getPort());
            ApiClient ana = api.as("ana.requester");
            RequestForm laptop = Applications.laptop(application.getBean(PeopleDirectory.class));
            List<Long> made = List.of(submitted(ana, laptop), submitted(ana, laptop), submitted(ana, laptop));
            String reminder = reminderDueIn(Duration.ofSeconds(10), application, ana.get(path(made.get(0))).body());
            List<JsonNode> before = made.stream().map(id -> ana.get(path(id)).body()).toList();

            proxy.cut();
            Instant back = Instant.now().plus(OUTAGE);
            assertRefusedPromptly(() -> ana.post("/api/v1/requests", laptop), UNREACHABLE);
            assertRefusedPromptly(() -> ana.inLanguage("ro").get(path(before.get(1))), UNREACHABLE_RO);
            assertRefusedPromptly(() -> api.as("alex.admin").get("/actuator/health"), UNREACHABLE);
            Answer health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().path("status").asText()).isEqualTo("DOWN");
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), back).toMillis()));
            proxy.restore();

            awaitUntil(() -> ana.get(path(before.get(0))).status() == 200, "requests succeed again");
            for (JsonNode record : before) {
                assertThat(ana.get(path(record)).body()).as("made before the outage").isEqualTo(record);
            }
            ReliabilityFigures.recordsIntact(before.size());
            assertThat(ana.get("/api/v1/requests/mine").body()).as("the application refused meanwhile is not stored")
                    .hasSize(before.size());
            ManagementService management = application.getBean(ManagementService.class);
            awaitUntil(() -> management.createJobQuery().jobId(reminder).count() == 0, "the reminder due meanwhile ran");
            Answer healthAfter = api.as("alex.admin").get("/actuator/health");
            assertThat(healthAfter.status()).isEqualTo(200);
            assertThat(healthAfter.body().path("components").path("db").path("status").asText()).isEqualTo("UP");
            ReliabilityFigures.crashSurvived();
        }
    }

    /** The application on the test's own database, reached through the proxy, on a port of its own. */
    private static ConfigurableApplicationContext start(ScratchDatabase database, TcpProxy proxy) {
        return new SpringApplicationBuilder(ProcureDeskApplication.class).run(
                "--spring.datasource.url=" + database.url("127.0.0.1", proxy.port()),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--camunda.bpm.process-engine-name=outage",
                "--procuredesk.demo-data.enabled=true");
    }

    private static long submitted(ApiClient requester, RequestForm form) {
        Answer submitted = requester.post("/api/v1/requests", form);
        assertThat(submitted.status()).isEqualTo(201);
        return submitted.body().path("id").asLong();
    }

    private static String path(JsonNode application) {
        return path(application.path("id").asLong());
    }

    private static String path(long id) {
        return "/api/v1/requests/" + id;
    }

    /**
     * The application accepted by IT support, and its line manager's reminder brought forward to fall due
     * {@code in} from now, as if its day had come.
     */
    private static String reminderDueIn(Duration in, ConfigurableApplicationContext application, JsonNode submitted)
            throws InterruptedException {
        TaskService tasks = application.getBean(TaskService.class);
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(submitted.path("number").asText())
                .taskDefinitionKey(ApplicationToItProcess.CHECK_COMPLETENESS).singleResult();
        SignedIn.as(application.getBean(PeopleDirectory.class), "ion.support", () -> application
                .getBean(RequestTaskService.class).checkCompleteness(check.getId(), Completeness.ACCEPTED, null));
        ManagementService management = application.getBean(ManagementService.class);
        Supplier<List<Job>> timers = () -> management.createJobQuery().processInstanceId(check.getProcessInstanceId())
                .timers().orderByJobDuedate().asc().list();
        awaitUntil(() -> !timers.get().isEmpty(), "the line manager's approval is open");
        Job reminder = timers.get().get(0);
        management.setJobDuedate(reminder.getId(), Date.from(Instant.now().plus(in)));
        return reminder.getId();
    }

    private static void assertRefusedPromptly(Supplier<Answer> request, String detail) {
        Instant asked = Instant.now();
        Answer refused = request.get();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(PROMPTLY);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.body().path("detail").asText()).isEqualTo(detail);
        assertThat(refused.body().toString()).doesNotContain("Exception", "trace", "SQL", "jdbc");
        ReliabilityFigures.refused();
    }

    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (!safely(condition)) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
    }
}
