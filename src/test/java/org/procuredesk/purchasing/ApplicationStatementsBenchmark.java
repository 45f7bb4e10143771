package org.procuredesk.purchasing;

import static org.procuredesk.SignedIn.as;
import static org.procuredesk.purchasing.Fulfilment.REQUESTER;
import static org.procuredesk.purchasing.Fulfilment.SUPPORT;
import static org.procuredesk.purchasing.Fulfilment.WAREHOUSE_KEEPER;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.bench.BenchResults;
import org.procuredesk.bench.BenchResults.Entry;
import org.procuredesk.bench.Sizes;
import org.procuredesk.bench.StatementCounter;
import org.procuredesk.bench.StatementCounter.Tally;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationBudgeting;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark B2: how many SQL statements (and commits) one application takes from submission to the requester's
 * confirmation, step by step, through the services the views call, beside the raw Camunda engine taking an instance
 * of the same shape ({@code bench/application-shape.bpmn}) through the same steps on the same database, alternated
 * {@code -Dprocuredesk.bench.applications} times (default 20). The weekly budget's own cycle (its form, review and
 * release job) serves many applications and is not counted; an application's share of it is the budget message its
 * release sends, which is. Prints the steps, with each step's most executed statements when
 * {@code -Dprocuredesk.bench.sql=true}, and records the figures in the {@link BenchResults}; it asserts nothing.
 *
 * <p>The application engine's job executor is off in this benchmark's context: the baseline engine shares its tables,
 * and the executor would otherwise acquire the baseline's asynchronous stock check (and ProcureDesk's) on its own
 * threads, where nothing is counted. Each side executes its own job with {@code executeJob} instead.
 */
@Tag("benchmark")
@ProcureDeskIntegrationTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@Import(ApplicationStatementsBenchmark.CountedDataSource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationStatementsBenchmark {

    static final StatementCounter COUNTER = new StatementCounter();

    private static final String SHAPE = "applicationShape";
    private static final List<String> USER_TASK_STEPS = List.of(ApplicationToItProcess.CHECK_COMPLETENESS,
            ApplicationToItProcess.APPROVE_BY_LINE_MANAGER, ApplicationToItProcess.PLACE_ORDER,
            ApplicationToItProcess.RECEIVE_GOODS, ApplicationToItProcess.HAND_OVER,
            ApplicationToItProcess.CONFIRM_RECEIPT);

    /** Only this benchmark's context sees every statement through the counter. */
    @TestConfiguration
    static class CountedDataSource {

        @Bean
        static BeanPostProcessor countingStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? COUNTER.around(dataSource) : bean;
                }
            };
        }
    }

    @Autowired
    Fulfilment fulfilment;
    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ApplicationBudgeting budgeting;
    @Autowired
    OrderPlacement orderPlacement;
    @Autowired
    GoodsReception goodsReception;
    @Autowired
    Handovers handovers;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    DataSource dataSource;

    int applications = Sizes.of("procuredesk.bench.applications", 20);
    boolean showSql = Boolean.getBoolean("procuredesk.bench.sql");
    ProcessEngine baseline;

    @BeforeAll
    void startTheBaselineEngineOnTheSameDatabase() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setCmmnEnabled(false); // as ProcureDesk's engine, which has no CMMN tables
        configuration.setIdGenerator(new StrongUuidGenerator()); // as ProcureDesk's, no id blocks fetched on the way
        // as ProcureDesk's (application.yml): removal time set at the start, no tasks outside a process
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setStandaloneTasksEnabled(false);
        baseline = configuration.setProcessEngineName("bench-baseline")
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .buildProcessEngine();
        baseline.getRepositoryService().createDeployment().name("bench-baseline")
                .addClasspathResource("bench/application-shape.bpmn").deploy();
    }

    @AfterAll
    void removeTheBaseline() {
        baseline.getRepositoryService().createDeploymentQuery().deploymentName("bench-baseline").list()
                .forEach(deployment -> baseline.getRepositoryService().deleteDeployment(deployment.getId(), true));
        baseline.close();
    }

    @Test
    void statementsPerApplicationAndPerStepBesideTheRawEngine() {
        Map<String, List<Tally>> procureDesk = new LinkedHashMap<>();
        Map<String, List<Tally>> engine = new LinkedHashMap<>();
        procureDeskApplication();
        baselineInstance("bench-warm-up"); // the first of each fills the caches (models, people) and is not counted
        for (int round = 0; round < applications; round++) {
            procureDeskApplication().forEach((step, tally) -> procureDesk.computeIfAbsent(step, s -> new ArrayList<>())
                    .add(tally));
            baselineInstance("bench-" + round).forEach((step, tally) -> engine.computeIfAbsent(step,
                    s -> new ArrayList<>()).add(tally));
        }
        String database = database();
        System.out.print(table(procureDesk, engine, database));
        double perApplication = total(procureDesk) / applications;
        double baselinePerApplication = total(engine) / applications;
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.against("B2 SQL statements per application (budget message included, the weekly budget's"
                        + " own cycle not)", database, perApplication, baselinePerApplication, "statements",
                "≤ 1.25 × the baseline's", perApplication <= 1.25 * baselinePerApplication));
        for (String step : USER_TASK_STEPS) {
            double statements = average(procureDesk.get(step));
            entries.add(Entry.against("B2 statements in step " + step, database, statements, average(engine.get(step)),
                    "statements", "≤ 20 statements and one commit", max(procureDesk.get(step), Tally::statements) <= 20
                            && max(procureDesk.get(step), Tally::commits) <= 1));
        }
        BenchResults.record(entries);
    }

    /** One application through the services the views call, each step counted. */
    private Map<String, Tally> procureDeskApplication() {
        Map<String, Tally> steps = new LinkedHashMap<>();
        RequestForm shredder = fulfilment.form(new LineForm(EquipmentCategory.SHREDDER, "Shredder for the archive", 1,
                new BigDecimal("300.00"), "model no warehouse holds " + System.nanoTime()));
        AtomicReference<RequestView> submitted = new AtomicReference<>();
        steps.put("submit", as(people, REQUESTER, () -> COUNTER.count(() -> submitted.set(requests.submit(null,
                shredder)))));
        RequestView application = submitted.get();
        String checkCompleteness = taskId(application, ApplicationToItProcess.CHECK_COMPLETENESS);
        steps.put(ApplicationToItProcess.CHECK_COMPLETENESS, as(people, SUPPORT, () -> COUNTER.count(() ->
                requestTasks.checkCompleteness(checkCompleteness, Completeness.ACCEPTED, null))));
        String approve = taskId(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
        steps.put(ApplicationToItProcess.APPROVE_BY_LINE_MANAGER, as(people, "mihai.manager", () -> COUNTER.count(() ->
                approvals.decide(approve, Decision.APPROVED, null))));
        String stockCheck = managementService.createJobQuery().processInstanceId(processOf(application)).messages()
                .singleResult().getId();
        steps.put(ApplicationToItProcess.CHECK_STOCK, COUNTER.count(() -> managementService.executeJob(stockCheck)));
        steps.put(ApplicationToItProcess.BUDGET_APPROVED, COUNTER.count(() ->
                budgeting.approvedInBudget(application.number())));
        String placeOrder = taskId(application, ApplicationToItProcess.PLACE_ORDER);
        steps.put(ApplicationToItProcess.PLACE_ORDER, as(people, SUPPORT, () -> COUNTER.count(() ->
                orderPlacement.placeOrder(placeOrder, Fulfilment.order(List.of(new BigDecimal("300.00")))))));
        String receive = taskId(application, ApplicationToItProcess.RECEIVE_GOODS);
        steps.put(ApplicationToItProcess.RECEIVE_GOODS, as(people, WAREHOUSE_KEEPER, () -> COUNTER.count(() ->
                goodsReception.receiveGoods(receive, ApplicationFulfilmentTest.delivery(1)))));
        String handOver = taskId(application, ApplicationToItProcess.HAND_OVER);
        steps.put(ApplicationToItProcess.HAND_OVER, as(people, SUPPORT, () -> COUNTER.count(() ->
                handovers.handOver(handOver, null))));
        String confirm = taskId(application, ApplicationToItProcess.CONFIRM_RECEIPT);
        steps.put(ApplicationToItProcess.CONFIRM_RECEIPT, as(people, REQUESTER, () -> COUNTER.count(() ->
                handovers.confirmReceipt(confirm))));
        return steps;
    }

    /** An instance of the same shape through the same steps on the raw engine, each step counted. */
    private Map<String, Tally> baselineInstance(String businessKey) {
        Map<String, Tally> steps = new LinkedHashMap<>();
        AtomicReference<ProcessInstance> started = new AtomicReference<>();
        steps.put("submit", COUNTER.count(() -> started.set(baseline.getRuntimeService().startProcessInstanceByKey(
                SHAPE, businessKey, Map.of(ApplicationToItProcess.VAR_REQUESTER, REQUESTER,
                        ApplicationToItProcess.VAR_LINE_MANAGER, "mihai.manager")))));
        String instance = started.get().getId();
        complete(steps, instance, ApplicationToItProcess.CHECK_COMPLETENESS,
                Map.of(ApplicationToItProcess.VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        complete(steps, instance, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER,
                Map.of(ApplicationToItProcess.VAR_DECISION, Decision.APPROVED.name()));
        ManagementService engineManagement = baseline.getManagementService();
        String stockCheck = engineManagement.createJobQuery().processInstanceId(instance).messages().singleResult()
                .getId();
        steps.put(ApplicationToItProcess.CHECK_STOCK, COUNTER.count(() -> engineManagement.executeJob(stockCheck)));
        steps.put(ApplicationToItProcess.BUDGET_APPROVED, COUNTER.count(() -> baseline.getRuntimeService()
                .createMessageCorrelation("shapeBudgetApproved").processInstanceBusinessKey(businessKey)
                .correlateWithResult()));
        complete(steps, instance, ApplicationToItProcess.PLACE_ORDER,
                Map.of(ApplicationToItProcess.VAR_PRICE_OVERRUN, false));
        complete(steps, instance, ApplicationToItProcess.RECEIVE_GOODS, Map.of());
        complete(steps, instance, ApplicationToItProcess.HAND_OVER, Map.of());
        complete(steps, instance, ApplicationToItProcess.CONFIRM_RECEIPT, Map.of());
        return steps;
    }

    private void complete(Map<String, Tally> steps, String instance, String step, Map<String, Object> variables) {
        String task = baseline.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(step)
                .singleResult().getId();
        steps.put(step, COUNTER.count(() -> baseline.getTaskService().complete(task, variables)));
    }

    private String taskId(RequestView application, String step) {
        return fulfilment.task(application, step).getId();
    }

    private String processOf(RequestView application) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(application.number())
                .singleResult().getId();
    }

    private String table(Map<String, List<Tally>> procureDesk, Map<String, List<Tally>> engine, String database) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "B2 SQL statements per step on %s, %d applications beside %d raw engine instances%n"
                        + "%-28s %12s %8s %12s %8s%n", database, applications, applications, "step",
                "ProcureDesk", "commits", "raw engine", "commits"));
        procureDesk.forEach((step, tallies) -> {
            table.append(String.format(Locale.ROOT, "%-28s %12.2f %8.2f %12.2f %8.2f%n", step, average(tallies),
                    tallies.stream().mapToInt(Tally::commits).average().orElse(0), average(engine.get(step)),
                    engine.get(step).stream().mapToInt(Tally::commits).average().orElse(0)));
            if (showSql) {
                Tally last = tallies.get(tallies.size() - 1);
                table.append(String.format(Locale.ROOT, "      on the engine's tables (ACT_*): %d, on ProcureDesk's: %d%n",
                        last.touching("ACT_"), last.statements() - last.touching("ACT_")));
                last.top(12).forEach(line -> table.append("      ").append(line).append('\n'));
            }
        });
        table.append(String.format(Locale.ROOT, "%-28s %12.2f %8s %12.2f%n", "per application",
                total(procureDesk) / applications, "", total(engine) / applications));
        return table.toString();
    }

    private static double total(Map<String, List<Tally>> steps) {
        return steps.values().stream().flatMap(List::stream).mapToInt(Tally::statements).sum();
    }

    private static double average(List<Tally> tallies) {
        return tallies.stream().mapToInt(Tally::statements).average().orElse(0);
    }

    private static int max(List<Tally> tallies, ToIntFunction<Tally> figure) {
        return tallies.stream().mapToInt(figure).max().orElse(0);
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
