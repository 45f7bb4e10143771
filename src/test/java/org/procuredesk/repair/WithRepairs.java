package org.procuredesk.repair;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.procuredesk.Jobs;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.NewAsset;
import org.procuredesk.inventory.Register;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.EquipmentCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each test starts with a warehouse of its own and registers assets nobody else has, since every test shares one
 * database; their faults are reported and their repairs driven through the services, as people would.
 */
@ProcureDeskIntegrationTest
abstract class WithRepairs {

    static final String SUPPORT = "ion.support";
    static final String IT_HEAD = "victor.ithead";
    static final String REQUESTER = "ana.requester";

    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleDirectory people;
    @Autowired
    RepairCases cases;
    @Autowired
    RepairTasks tasks;
    @Autowired
    RepairCaseRepository repairs;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    Register register;
    long warehouse;

    @BeforeEach
    void warehouseOfItsOwn() {
        register = Register.of(context);
        warehouse = register.newWarehouse();
    }

    /** The item, in use by the employee. */
    AssetSummary heldBy(String username, NewAsset item) {
        AssetSummary asset = register.inStock(warehouse, item).get(0);
        register.register.move(List.of(asset.inventoryNumber()), Holder.employee(username), "Issued", SUPPORT);
        return asset;
    }

    /** A laptop whose one-year warranty ended in 2021. */
    static NewAsset outOfWarranty() {
        return new NewAsset(EquipmentCategory.LAPTOP, "ThinkPad T480", "laptop ThinkPad T480",
                "SN-" + UUID.randomUUID(), "IT Supplies SRL", "REC-1", LocalDate.of(2020, 1, 31),
                new BigDecimal("4000.00"), 12);
    }

    RepairView report(String reporter, AssetSummary asset) {
        return as(reporter, () -> cases.report(new RepairForms.FaultReport(asset.inventoryNumber(), "Does not start",
                RepairUrgency.HIGH)));
    }

    /** IT support sends the asset to the service centre under the RMA number. */
    RepairView dispatch(RepairView repair, String rmaNumber) {
        return as(SUPPORT, () -> tasks.dispatch(taskOf(repair).getId(),
                new RepairForms.Dispatch("Dell Service Bucuresti", rmaNumber)));
    }

    /** The IT head writes the asset, out of warranty, off; the process files the replacement's application. */
    RepairView writeOff(RepairView repair) {
        SignedIn.as(people, IT_HEAD, () -> tasks.decide(taskOf(repair).getId(), new RepairForms.Decision(
                OutOfWarrantyDecision.WRITE_OFF, new BigDecimal("4500.00"), "Motherboard burnt, not worth repairing")));
        Jobs.runDue(managementService);
        return as(IT_HEAD, () -> cases.get(repair.id()));
    }

    Task taskOf(RepairView repair) {
        return taskService.createTaskQuery().processInstanceBusinessKey(repair.number()).singleResult();
    }

    <T> T as(String username, Supplier<T> step) {
        return SignedIn.as(people, username, step);
    }
}
