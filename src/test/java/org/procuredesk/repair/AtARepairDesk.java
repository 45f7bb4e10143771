package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.procuredesk.Jobs;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.NewAsset;
import org.procuredesk.inventory.Register;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.WarehouseSummary;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each test starts with a branch of its own and its IT warehouse, empty; its assets are in use at the branch, so the
 * branch's warehouse takes them in and lends its spares. IT support reports and works the cases.
 */
@ProcureDeskIntegrationTest
abstract class AtARepairDesk {

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

    Register fixtures;
    AssetRegister register;
    long warehouse;
    long branch;

    @BeforeEach
    void branchOfItsOwn() {
        fixtures = Register.of(context);
        register = fixtures.register;
        warehouse = fixtures.newWarehouse();
        branch = people.warehouses().stream().filter(each -> each.id() == warehouse)
                .map(WarehouseSummary::branchId).findFirst().orElseThrow();
    }

    @AfterEach
    void engineClockBackToNow() {
        ClockUtil.reset();
    }

    /** An asset of the category, two years' warranty from 31 January 2026, in use at the test's branch. */
    AssetSummary inUseAtTheBranch(EquipmentCategory category) {
        AssetSummary asset = fixtures.inStock(warehouse, Register.item(category, "Model " + category)).get(0);
        register.move(List.of(asset.inventoryNumber()), Holder.branch(branch), "In use", SUPPORT);
        return asset(asset.inventoryNumber());
    }

    /** An asset of the category whose one year of warranty ended on {@code lastDay}, in use at the test's branch. */
    AssetSummary inUseAtTheBranchWithWarrantyUntil(EquipmentCategory category, LocalDate lastDay) {
        AssetSummary asset = fixtures.inStock(warehouse, new NewAsset(category, "Model " + category,
                category.name().toLowerCase() + " bought " + lastDay.minusYears(1), "SN-" + UUID.randomUUID(),
                "IT Supplies SRL", "REC-1", lastDay.minusYears(1), new BigDecimal("1250.00"), 12)).get(0);
        register.move(List.of(asset.inventoryNumber()), Holder.branch(branch), "In use", SUPPORT);
        return asset(asset.inventoryNumber());
    }

    /** An asset of the category out of warranty since 2021, in use at the test's branch. */
    AssetSummary outOfWarrantyAtTheBranch(EquipmentCategory category) {
        return inUseAtTheBranchWithWarrantyUntil(category, LocalDate.of(2021, 1, 31));
    }

    /** A spare of the category in stock at the test's warehouse. */
    AssetSummary spare(EquipmentCategory category) {
        return fixtures.inStock(warehouse, Register.item(category, "Spare " + category)).get(0);
    }

    /** The item, in use by the employee. */
    AssetSummary heldBy(String username, NewAsset item) {
        AssetSummary asset = fixtures.inStock(warehouse, item).get(0);
        register.move(List.of(asset.inventoryNumber()), Holder.employee(username), "Issued", SUPPORT);
        return asset;
    }

    /** A laptop whose one-year warranty ended in 2021. */
    static NewAsset outOfWarranty() {
        return new NewAsset(EquipmentCategory.LAPTOP, "ThinkPad T480", "laptop ThinkPad T480",
                "SN-" + UUID.randomUUID(), "IT Supplies SRL", "REC-1", LocalDate.of(2020, 1, 31),
                new BigDecimal("4000.00"), 12);
    }

    AssetSummary asset(String inventoryNumber) {
        return register.findByInventoryNumber(inventoryNumber).orElseThrow();
    }

    RepairView report(String reporter, String asset) {
        return as(reporter, () -> cases.report(new RepairForms.FaultReport(asset, "Does not start",
                RepairUrgency.HIGH)));
    }

    RepairView report(String reporter, AssetSummary asset) {
        return report(reporter, asset.inventoryNumber());
    }

    RepairView current(RepairView repair) {
        return as(SUPPORT, () -> cases.get(repair.id()));
    }

    /** The case's one open task, at the step named. */
    String taskAt(RepairView repair, String step) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(repair.number()).singleResult();
        assertThat(task).as("open task of " + repair.number()).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
        return task.getId();
    }

    boolean hasOpenTask(RepairView repair) {
        return taskService.createTaskQuery().processInstanceBusinessKey(repair.number()).count() > 0;
    }

    void dispatch(RepairView repair) {
        dispatch(repair, "RMA-77");
    }

    /** IT support sends the asset to the service centre under the RMA number. */
    RepairView dispatch(RepairView repair, String rmaNumber) {
        String task = taskAt(repair, RepairProcess.PREPARE_DISPATCH);
        return as(SUPPORT, () -> tasks.dispatch(task, new RepairForms.Dispatch("Dell Service Bucuresti", rmaNumber)));
    }

    /** The IT head writes the asset, out of warranty, off; the process files the replacement's application. */
    RepairView writeOff(RepairView repair) {
        decide(repair, new RepairForms.Decision(OutOfWarrantyDecision.WRITE_OFF, new BigDecimal("4500.00"),
                "Motherboard burnt, not worth repairing"));
        return as(IT_HEAD, () -> cases.get(repair.id()));
    }

    Task taskOf(RepairView repair) {
        return taskService.createTaskQuery().processInstanceBusinessKey(repair.number()).singleResult();
    }

    void serviceResult(RepairView repair, RepairForms.ServiceResult result) {
        String task = taskAt(repair, RepairProcess.AWAIT_SERVICE_CENTRE);
        SignedIn.as(people, SUPPORT, () -> tasks.recordServiceResult(task, result));
    }

    void decide(RepairView repair, RepairForms.Decision decision) {
        String task = taskAt(repair, RepairProcess.DECIDE_OUT_OF_WARRANTY);
        SignedIn.as(people, IT_HEAD, () -> tasks.decide(task, decision));
        runJobsOf(repair);
    }

    /** Runs the case's jobs due by the engine's clock: only the case's, so no other test's timers fire here. */
    void runJobsOf(RepairView repair) {
        Jobs.runDueOf(managementService, repairs.findById(repair.id()).orElseThrow().getProcessInstanceId());
    }

    void giveBack(RepairView repair) {
        String task = taskAt(repair, RepairProcess.RETURN_EQUIPMENT);
        SignedIn.as(people, SUPPORT, () -> tasks.giveBack(task));
    }

    List<RepairEventKind> timeline(RepairView repair) {
        return as(SUPPORT, () -> cases.timeline(repair.id())).stream().map(RepairEventView::kind).toList();
    }

    /**
     * Moves the engine's clock back to then, never ahead: ahead, the job executor would fire every other test's timers
     * due before then, and what they wrote would come first in every "latest" list for the rest of the suite.
     */
    static void reportedAt(Instant moment) {
        assertThat(moment).as("the clock only goes back").isBefore(Instant.now());
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    <T> T as(String username, Supplier<T> step) {
        return SignedIn.as(people, username, step);
    }

    /** The call is refused with the message the key names. */
    static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }
}
