package org.procuredesk.purchasing;

import static org.procuredesk.purchasing.Fulfilment.REQUESTER;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.procuredesk.bench.BaselineEngine;
import org.procuredesk.bench.StepRunner;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;

/**
 * The benchmarks' baseline ({@link BaselineEngine}) taking instances of {@code bench/application-shape.bpmn} (the
 * Application to IT model's user tasks, gateways, timers, asynchronous stock check and budget messages, without
 * application code) through the same steps as {@link ApplicationSteps}, each handed to a {@link StepRunner}.
 * {@link #close()} removes its deployment with every instance and closes the engine.
 */
final class ShapeSteps implements AutoCloseable {

    private static final String SHAPE = "applicationShape";

    private final ProcessEngine engine;

    ShapeSteps(DataSource dataSource) {
        engine = BaselineEngine.start(dataSource, "bench/application-shape.bpmn");
    }

    /** One instance, the business key naming it, every step run by {@code steps}. */
    void run(String businessKey, StepRunner steps) {
        AtomicReference<ProcessInstance> started = new AtomicReference<>();
        steps.run(ApplicationSteps.SUBMIT, () -> started.set(engine.getRuntimeService().startProcessInstanceByKey(
                SHAPE, businessKey, Map.of(ApplicationToItProcess.VAR_REQUESTER, REQUESTER,
                        ApplicationToItProcess.VAR_LINE_MANAGER, "mihai.manager"))));
        String instance = started.get().getId();
        complete(steps, instance, ApplicationToItProcess.CHECK_COMPLETENESS,
                Map.of(ApplicationToItProcess.VAR_COMPLETENESS, Completeness.ACCEPTED.name()));
        complete(steps, instance, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER,
                Map.of(ApplicationToItProcess.VAR_DECISION, Decision.APPROVED.name()));
        ManagementService management = engine.getManagementService();
        String stockCheck = management.createJobQuery().processInstanceId(instance).messages().singleResult().getId();
        steps.run(ApplicationToItProcess.CHECK_STOCK, () -> management.executeJob(stockCheck));
        steps.run(ApplicationToItProcess.BUDGET_APPROVED, () -> engine.getRuntimeService()
                .createMessageCorrelation("shapeBudgetApproved").processInstanceBusinessKey(businessKey)
                .correlateWithResult());
        complete(steps, instance, ApplicationToItProcess.PLACE_ORDER,
                Map.of(ApplicationToItProcess.VAR_PRICE_OVERRUN, false));
        complete(steps, instance, ApplicationToItProcess.RECEIVE_GOODS, Map.of());
        complete(steps, instance, ApplicationToItProcess.HAND_OVER, Map.of());
        complete(steps, instance, ApplicationToItProcess.CONFIRM_RECEIPT, Map.of());
    }

    private void complete(StepRunner steps, String instance, String step, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        String task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).singleResult()
                .getId();
        steps.run(step, () -> tasks.complete(task, variables));
    }

    @Override
    public void close() {
        BaselineEngine.remove(engine);
    }
}
