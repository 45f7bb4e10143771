package org.procuredesk.budget;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.Jobs;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.purchasing.Fulfilment;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestView;
import org.procuredesk.request.Urgency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The budget cycle for integration tests: starts with no budget at all, moves the engine's clock (which the
 * application's clock follows) to a company-local moment, opens what is due then, and makes applications that
 * wait for a budget.
 */
@Component
public class BudgetFixture {

    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    private final BudgetOpening opening;
    private final Fulfilment fulfilment;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    BudgetFixture(BudgetOpening opening, Fulfilment fulfilment, RuntimeService runtimeService,
                  TaskService taskService, ManagementService managementService, JdbcTemplate jdbc) {
        this.opening = opening;
        this.fulfilment = fulfilment;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** No budget, no budget process, no limit, no notice of one, and the engine's clock back to the real time. */
    public void clear() {
        ClockUtil.reset();
        List<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(BudgetProcess.KEY)
                .list().stream().map(ProcessInstance::getId).toList();
        if (!instances.isEmpty()) {
            runtimeService.deleteProcessInstances(instances, "budget test cleared", true, true);
        }
        for (String table : List.of("budget_comment", "budget_line", "budget_limit", "budget")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("delete from notification where link like 'budgets/%'");
    }

    /** Sets the engine's clock to a moment in Bucharest, e.g. {@code 2026-03-09T09:00}, and runs the jobs due. */
    public void at(String companyLocalTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(companyLocalTime).atZone(BUCHAREST).toInstant()));
        Jobs.runDue(managementService);
    }

    /** At that moment, opens the budgets due; returns their periods. */
    public List<String> openAt(String companyLocalTime) {
        at(companyLocalTime);
        List<String> opened = opening.openDue();
        Jobs.runDue(managementService);
        return opened;
    }

    /** An application approved and waiting for the weekly (URGENT) or monthly (PLANNED) budget. */
    public RequestView waiting(Urgency urgency, String unitPrice) {
        RequestForm form = fulfilment.form(new LineForm(EquipmentCategory.SHREDDER, "Shredder for the archive", 1,
                new BigDecimal(unitPrice), "model no warehouse holds " + System.nanoTime()));
        return fulfilment.approved(new RequestForm(form.deliveryBranchId(), form.justification(), form.neededBy(),
                urgency, form.lines()));
    }

    /** The open task of the budget's process at that step. */
    public Task task(String period, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(period).taskDefinitionKey(step).singleResult();
    }

    /**
     * The kinds of what the person was told about the budget, oldest first. Read from the table, not the inbox:
     * a notice dated at a moved clock may be older than the latest ones the inbox shows.
     */
    public List<NotificationKind> noticesTo(String username, String period) {
        return jdbc.queryForList("select kind from notification where recipient_username = ? and link = ? order by id",
                String.class, username, Links.budget(period)).stream().map(NotificationKind::valueOf).toList();
    }

    public void runDueJobs() {
        Jobs.runDue(managementService);
    }
}
