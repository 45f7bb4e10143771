package org.procuredesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.reliability.ApplicationJourney.IT_HEAD;
import static org.procuredesk.reliability.ApplicationJourney.SUPPORT;
import static org.procuredesk.reliability.ApplicationJourney.WAREHOUSE_KEEPER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.procuredesk.ApiClient.Answer;
import org.procuredesk.HttpTestClient;
import org.procuredesk.budget.BudgetKind;
import org.procuredesk.budget.BudgetPeriod;

/**
 * The packaged application killed with SIGKILL in the middle of a step, then started again: the step completes and
 * its effect exists exactly once. "In the middle" is made certain without hooks in the application: the test locks
 * the application's process instance rows ({@code ACT_RU_EXECUTION}) from its own connection, so the step's
 * transaction stops when the engine writes them, after it wrote its business effect; the application is killed
 * while it waits, then the lock is let go. One application goes through three crashes, in order (its budget's
 * release, its order, its receipt); a second one, whose monitor is in stock, is cut while the job executor reserves it
 * (the test holds the asset's row).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final Duration BLOCKED_WITHIN = Duration.ofSeconds(60);
    private static final String EXECUTIONS_OF = "SELECT ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ ="
            + " (SELECT ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? AND PARENT_ID_ IS NULL) FOR UPDATE";

    private ScratchDatabase database;
    private PackagedApplication node;
    private ApplicationJourney application;

    @BeforeAll
    void startTheApplication() {
        database = ScratchDatabase.create("pd_crash");
        // a killed node's jobs stay locked this long before another start takes them over
        node = new PackagedApplication("crash", database,
                Map.of("camunda.bpm.job-execution.lock-time-in-millis", "10000"));
        node.start();
    }

    @AfterAll
    void stopTheApplication() {
        try {
            node.stop();
        } finally {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aBudgetReleaseCutByACrashIsTakenOverAndSendsTheApplicationToOrderingOnce() throws Exception {
        application = ApplicationJourney.approved(node.api());
        BudgetPeriod period = openWeeklyBudgetHolding();
        actOnBudget(SUPPORT, period, "/budget-submission", Map.of("comment", "Ready"));

        try (HeldRows held = HeldRows.lock(database, EXECUTIONS_OF, application.number())) {
            actOnBudget(IT_HEAD, period, "/budget-review", Map.of("decision", "APPROVE"));
            assertThat(held.awaitBlockedWriter(BLOCKED_WITHIN)).containsIgnoringCase("ACT_RU_");
            assertThat(jobsLockedFor("releaseApplication")).isOne();
            node.kill9();
        }
        node.start();

        application.awaitTask(node.api(), SUPPORT, "placeOrder");
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = 'placeOrder'"
                + " AND PROC_INST_ID_ = (" + processInstance() + ")", application.number())).isOne();
        assertThat(database.count("SELECT COUNT(*) FROM budget_line WHERE source = 'APPLICATION' AND reference_id = ?"
                + " AND released = TRUE",
                application.id())).isOne();
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'releaseApplication'"
                + " AND JOB_STATE_ = 2")).isOne();
        assertNoIncident(period.key());
        ReliabilityFigures.crashSurvived();
    }

    @Test
    @Order(2)
    void anOrderCutByACrashIsPlacedOnceWhenRetriedAndAFurtherRetryIsAlreadyHandled() throws Exception {
        String task = application.awaitTask(node.api(), SUPPORT, "placeOrder");
        String orders = "SELECT COUNT(*) FROM purchase_order WHERE request_id = ?";

        crashWhileWriting(SUPPORT, task, "/order", ApplicationJourney.order(), orders);
        node.start();
        Answer retried = node.api().as(SUPPORT).post("/api/v1/tasks/" + task + "/order", ApplicationJourney.order());
        Answer again = node.api().as(SUPPORT).post("/api/v1/tasks/" + task + "/order", ApplicationJourney.order());

        assertThat(retried.status()).as("%s", retried.body()).isEqualTo(200);
        assertAlreadyHandled(again);
        assertThat(database.count(orders, application.id())).isOne();
        assertCompletedOnce("placeOrder");
        ReliabilityFigures.crashSurvived();
    }

    @Test
    @Order(3)
    void aReceiptCutByACrashIsRecordedOnceWhenRetriedAndAFurtherRetryIsAlreadyHandled() throws Exception {
        String task = application.awaitTask(node.api(), WAREHOUSE_KEEPER, "receiveGoods");
        String serial = "SN-CRASH-" + System.nanoTime();
        Map<String, Object> receipt = ApplicationJourney.receipt(serial);
        String receipts = "SELECT COUNT(*) FROM goods_receipt WHERE request_id = ?";

        crashWhileWriting(WAREHOUSE_KEEPER, task, "/receipt", receipt, receipts);
        node.start();
        Answer retried = node.api().as(WAREHOUSE_KEEPER).post("/api/v1/tasks/" + task + "/receipt", receipt);
        Answer again = node.api().as(WAREHOUSE_KEEPER).post("/api/v1/tasks/" + task + "/receipt", receipt);

        assertThat(retried.status()).as("%s", retried.body()).isEqualTo(200);
        assertThat(retried.body().path("number").asText()).as("the crashed receipt gave its number back")
                .endsWith("-000001").startsWith("REC-");
        assertAlreadyHandled(again);
        assertThat(database.count(receipts, application.id())).isOne();
        assertThat(database.count("SELECT COUNT(*) FROM asset WHERE serial_number = ?", serial)).isOne();
        assertCompletedOnce("receiveGoods");
        application.awaitTask(node.api(), SUPPORT, "handOver");
        ReliabilityFigures.crashSurvived();
        ReliabilityFigures.recordsIntact(3);
    }

    @Test
    @Order(4)
    void aStockCheckCutByACrashIsTakenOverAndReservesTheStockOnce() throws Exception {
        String model = "U27 " + System.nanoTime();
        putInStock(model);
        ApplicationJourney inStock = ApplicationJourney.accepted(node.api(), model);

        try (HeldRows held = HeldRows.lock(database, "SELECT id FROM asset WHERE model = ? FOR UPDATE", model)) {
            inStock.approve(node.api());
            assertThat(held.awaitBlockedWriter(BLOCKED_WITHIN)).containsIgnoringCase("asset");
            assertThat(jobsLockedFor("checkStock")).isOne();
            node.kill9();
        }
        node.start();

        inStock.awaitTask(node.api(), SUPPORT, "handOver");
        assertThat(database.count("SELECT COUNT(*) FROM asset WHERE reserved_for_request_id = ?", inStock.id())).isOne();
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'checkStock'"
                + " AND PROC_INST_ID_ = (" + processInstance() + ")", inStock.number())).isOne();
        assertNoIncident(inStock.number());
        ReliabilityFigures.crashSurvived();
    }

    /** One monitor of {@code model} in the Bucharest IT warehouse, imported by IT support. */
    private void putInStock(String model) {
        String csv = "inventory_number,category,model,purchase_date,holder_kind,holder_reference,status\r\n"
                + "INV-CRASH-1,MONITOR," + model + "," + LocalDate.now()
                + ",WAREHOUSE,1,IN_STOCK\r\n";
        HttpTestClient http = node.http();
        HttpResponse<String> imported = http.send(http.request("/api/v1/assets/import?fileName=stock.csv")
                .header("Authorization", HttpTestClient.basic(SUPPORT, HttpTestClient.DEMO_PASSWORD))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(database.count("SELECT COUNT(*) FROM asset WHERE model = ? AND status = 'IN_STOCK'", model))
                .as(imported.body()).isOne();
    }

    /**
     * Sends the step's request while the process instance's rows are held, waits until its transaction has written
     * {@code effect} (seen uncommitted) and waits for those rows, kills the application, and lets go.
     */
    private void crashWhileWriting(String username, String task, String action, Object body, String effect)
            throws Exception {
        try (HeldRows held = HeldRows.lock(database, EXECUTIONS_OF, application.number())) {
            CompletableFuture<Answer> cut = CompletableFuture.supplyAsync(
                    () -> node.api().as(username).post("/api/v1/tasks/" + task + action, body));
            assertThat(held.awaitBlockedWriter(BLOCKED_WITHIN)).containsIgnoringCase("ACT_RU_");
            assertThat(database.countUncommitted(effect, application.id())).as("written, not committed").isOne();
            node.kill9();
            assertThat(cut).failsWithin(Duration.ofSeconds(30));
        }
        assertThat(database.count(effect, application.id())).as("rolled back with the crash").isZero();
    }

    private BudgetPeriod openWeeklyBudgetHolding() {
        application.awaitStatus(node.api(), "WAITING_FOR_BUDGET");
        BudgetPeriod thisWeek = BudgetRows.periodsAgo(BudgetKind.WEEKLY, 0);
        BudgetRows.lastOpened(database, thisWeek);
        assertThat(BudgetRows.fireOpeningTimer(database)).isOne();
        BudgetPeriod next = thisWeek.next();
        JsonNode budget = awaitBudget(next);
        assertThat(budget.path("lines")).extracting(line -> line.path("number").asText())
                .contains(application.number());
        awaitNoDueJobOf(next);
        return next;
    }

    /** Completes the budget's open task (preparation or review), the one its page links to. */
    private void actOnBudget(String username, BudgetPeriod period, String action, Object body) {
        String task = node.api().as(username).get("/api/v1/budgets/" + period.key()).body().path("taskId").asText();
        Answer answer = node.api().as(username).post("/api/v1/tasks/" + task + action, body);
        assertThat(answer.status()).as("%s %s: %s", username, action, answer.body()).isEqualTo(204);
    }

    private JsonNode awaitBudget(BudgetPeriod period) {
        for (int i = 0; i < 240; i++) {
            Answer budget = node.api().as(SUPPORT).get("/api/v1/budgets/" + period.key());
            if (budget.status() == 200) {
                return budget.body();
            }
            ApplicationJourney.pause();
        }
        throw new AssertionError("budget " + period.key() + " did not open");
    }

    /** The late budget's reminder and deadline timers are due at once: they run before IT support submits. */
    private void awaitNoDueJobOf(BudgetPeriod period) {
        String dueJobs = "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_"
                + " WHERE e.BUSINESS_KEY_ = ? AND j.DUEDATE_ <= UTC_TIMESTAMP()";
        for (int i = 0; i < 240 && database.count(dueJobs, period.key()) > 0; i++) {
            ApplicationJourney.pause();
        }
        assertThat(database.count(dueJobs, period.key())).isZero();
    }

    /**
     * The activity's jobs locked by the node, once there is one or {@link #BLOCKED_WITHIN} has passed: the writer seen
     * waiting may be another of the engine's statements (an acquisition waiting on a job row) a moment before the
     * job itself is locked and reaches the held rows.
     */
    private long jobsLockedFor(String activity) {
        return database.awaitCount(1, BLOCKED_WITHIN, "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d"
                + " ON d.ID_ = j.JOB_DEF_ID_ WHERE d.ACT_ID_ = ? AND j.LOCK_OWNER_ IS NOT NULL", activity);
    }

    private void assertAlreadyHandled(Answer again) {
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().path("detail").asText()).startsWith("Already handled by");
        ReliabilityFigures.refused();
    }

    private void assertCompletedOnce(String step) {
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = ? AND END_TIME_ IS NOT"
                + " NULL AND PROC_INST_ID_ = (" + processInstance() + ")", step, application.number())).isOne();
        assertNoIncident(application.number());
    }

    private void assertNoIncident(String businessKey) {
        assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).as("incidents, after %s", businessKey)
                .isZero();
    }

    private static String processInstance() {
        return "SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?";
    }
}
