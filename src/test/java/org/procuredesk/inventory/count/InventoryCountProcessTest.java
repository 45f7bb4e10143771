package org.procuredesk.inventory.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.procuredesk.inventory.count.InventoryCountProcess.ADJUSTMENTS_DOCUMENTED;
import static org.procuredesk.inventory.count.InventoryCountProcess.APPROVE_ADJUSTMENTS;
import static org.procuredesk.inventory.count.InventoryCountProcess.CLOSED_WITHOUT_DIFFERENCES;
import static org.procuredesk.inventory.count.InventoryCountProcess.LIST_DIFFERENCES;
import static org.procuredesk.inventory.count.InventoryCountProcess.RECORD_COUNT;
import static org.procuredesk.inventory.count.InventoryCountProcess.VAR_COUNT_ID;
import static org.procuredesk.inventory.count.InventoryCountProcess.VAR_DECISION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procuredesk.inventory.count.InventoryCountProcess.Decision;

/**
 * A count on its model: recorded by IT support, its differences listed, and approved by the IT head or sent back
 * for a recount; with no differences it ends without the IT head. The differences bean is a fake.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/inventory-count.bpmn")
class InventoryCountProcessTest {

    static final long COUNT_ID = 7L;

    ProcessEngine processEngine;
    final Differences differences = new Differences();

    @BeforeEach
    void registerDifferences() {
        Mocks.register("countDifferences", differences);
    }

    @AfterEach
    void clearBeans() {
        Mocks.reset();
    }

    @Test
    void anOrderedCountIsRecordedByItSupport() {
        ProcessInstance count = order();

        assertThat(count).isWaitingAt(RECORD_COUNT);
        assertThat(task(count)).hasCandidateGroup("IT_SUPPORT");
        assertThat(count).hasBusinessKey("CNT-2026-000001");
    }

    @Test
    void aCountWithoutDifferencesEndsWithoutTheItHead() {
        ProcessInstance count = order();

        complete(task(count));

        assertThat(count).hasPassed(LIST_DIFFERENCES, CLOSED_WITHOUT_DIFFERENCES).hasNotPassed(APPROVE_ADJUSTMENTS)
                .isEnded();
        assertThat(differences.listed).containsExactly(COUNT_ID);
    }

    @Test
    void differencesGoToTheItHeadAndApprovedTheyAreDocumented() {
        differences.any = true;
        ProcessInstance count = order();
        complete(task(count));

        assertThat(count).isWaitingAt(APPROVE_ADJUSTMENTS);
        assertThat(task(count)).hasCandidateGroup("IT_HEAD");
        complete(task(count), withVariables(VAR_DECISION, Decision.APPROVED.name()));

        assertThat(count).hasPassed(ADJUSTMENTS_DOCUMENTED).isEnded();
    }

    @Test
    void aCountSentBackForRecountIsRecordedAndListedAgain() {
        differences.any = true;
        ProcessInstance count = order();
        complete(task(count));

        complete(task(count), withVariables(VAR_DECISION, Decision.RECOUNT.name()));

        assertThat(count).isWaitingAt(RECORD_COUNT);
        differences.any = false;
        complete(task(count));
        assertThat(count).hasPassed(CLOSED_WITHOUT_DIFFERENCES).isEnded();
        assertThat(differences.listed).containsExactly(COUNT_ID, COUNT_ID);
    }

    private ProcessInstance order() {
        return runtimeService().startProcessInstanceByKey(InventoryCountProcess.KEY, "CNT-2026-000001",
                Map.of(VAR_COUNT_ID, COUNT_ID));
    }

    /** Stands in for {@code countDifferences}: whether the count has differences, and which counts it listed. */
    public static class Differences {

        boolean any;
        final List<Long> listed = new ArrayList<>();

        public void list(Long countId) {
            listed.add(countId);
        }

        public boolean found(Long countId) {
            return any;
        }
    }
}
