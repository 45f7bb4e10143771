package org.procuredesk.inventory.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.SignedIn;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.AssetSummary;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.inventory.Register;
import org.procuredesk.inventory.count.InventoryCountProcess.Decision;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each test counts a warehouse of its own, at a branch of its own, with what it puts there; the IT head
 * ({@code victor.ithead}) orders and approves, IT support ({@code ion.support}) records.
 */
@ProcureDeskIntegrationTest
abstract class AtACountedWarehouse {

    static final String IT_HEAD = "victor.ithead";
    static final String SUPPORT = "ion.support";

    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService taskService;
    @Autowired
    CountOrders orders;
    @Autowired
    CountRecording recording;
    @Autowired
    AdjustmentApproval approval;
    @Autowired
    InventoryCounts counts;

    Register fixtures;
    AssetRegister register;
    long warehouse;

    @BeforeEach
    void warehouseOfItsOwn() {
        fixtures = Register.of(context);
        register = fixtures.register;
        warehouse = fixtures.newWarehouse();
    }

    String orderCount() {
        return SignedIn.as(people, IT_HEAD, () -> orders.order(new CountOrder(HolderKind.WAREHOUSE, warehouse)))
                .number();
    }

    CountDetail detail(String number) {
        return SignedIn.as(people, IT_HEAD, () -> counts.detail(number));
    }

    /** The count's open task, as its process has it now. */
    Task task(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    /** The ids of the count's expected lines for these assets. */
    Set<Long> linesOf(String number, AssetSummary... assets) {
        Set<String> wanted = Arrays.stream(assets).map(AssetSummary::inventoryNumber)
                .collect(Collectors.toSet());
        return detail(number).lines().stream().filter(line -> wanted.contains(line.inventoryNumber()))
                .map(CountLineView::id).collect(Collectors.toSet());
    }

    void addFound(String number, FoundItem item) {
        SignedIn.as(people, SUPPORT, () -> recording.addFound(number, item));
    }

    void submit(String number, Set<Long> found) {
        SignedIn.as(people, SUPPORT, () -> recording.submit(task(number).getId(), found));
    }

    void decide(String number, Decision decision, Set<Long> excluded, String comment) {
        SignedIn.as(people, IT_HEAD, () -> approval.decide(task(number).getId(), decision, excluded, comment));
    }

    CountLineView line(String number, String inventoryOrSerial) {
        return detail(number).lines().stream().filter(line -> inventoryOrSerial.equals(line.inventoryNumber())
                || inventoryOrSerial.equals(line.serialNumber())).findFirst().orElseThrow();
    }

    /** The call is refused with the message the key names. */
    static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(messageKey));
    }
}
