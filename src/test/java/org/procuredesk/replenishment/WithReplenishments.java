package org.procuredesk.replenishment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.procuredesk.SignedIn;
import org.procuredesk.stock.ConsumableForm;
import org.procuredesk.stock.WithConsumables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consumables of their own in warehouses of their own (see {@link WithConsumables}), and their replenishments, read
 * from the table and the engine.
 */
abstract class WithReplenishments extends WithConsumables {

    @Autowired
    ReplenishmentRepository replenishments;
    @Autowired
    ReplenishmentTasks tasks;
    @Autowired
    ReplenishmentSource source;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    /** A consumable of a SKU of its own, supplied in packs of {@code packSize} units at {@code unitPrice} each. */
    String item(String name, int reorderPoint, int maxLevel, int packSize, String unitPrice) {
        String sku = "R-" + Long.toHexString(System.nanoTime()).toUpperCase();
        return asKeeper(() -> catalogue.create(new ConsumableForm(sku, name, "pcs", null, reorderPoint, maxLevel, 10,
                "Print Depot SRL", packSize, new BigDecimal(unitPrice), true, null))).sku();
    }

    /** The item's replenishments for the warehouse, oldest first. */
    List<Replenishment> replenishmentsOf(String sku, long at) {
        long itemId = jdbc.queryForObject("select id from consumable_item where sku = ?", Long.class, sku);
        return replenishments.findAll().stream()
                .filter(replenishment -> replenishment.getItemId() == itemId && replenishment.getWarehouseId() == at)
                .sorted(Comparator.comparing(Replenishment::getId))
                .toList();
    }

    /** The one replenishment of the item for the warehouse, as it is now. */
    Replenishment onlyReplenishmentOf(String sku, long at) {
        List<Replenishment> all = replenishmentsOf(sku, at);
        if (all.size() != 1) {
            throw new AssertionError("Expected one replenishment of " + sku + ", found " + all.size());
        }
        return all.get(0);
    }

    long processesOf(String number) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReplenishmentProcess.KEY)
                .processInstanceBusinessKey(number).count();
    }

    /** The replenishment's open task, if it waits at one. */
    Task taskOf(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    <T> T as(String username, Supplier<T> step) {
        return SignedIn.as(people, username, step);
    }
}
