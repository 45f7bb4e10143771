package org.procuredesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.procuredesk.repair.RepairProcess.AWAIT_SERVICE_CENTRE;
import static org.procuredesk.repair.RepairProcess.COMPLETE_PAID_REPAIR;
import static org.procuredesk.repair.RepairProcess.DECIDE_OUT_OF_WARRANTY;
import static org.procuredesk.repair.RepairProcess.EQUIPMENT_GIVEN_BACK;
import static org.procuredesk.repair.RepairProcess.ESCALATE_SLA_BREACH;
import static org.procuredesk.repair.RepairProcess.FILE_REPAIR_APPLICATION;
import static org.procuredesk.repair.RepairProcess.ISSUE_LOANER;
import static org.procuredesk.repair.RepairProcess.NOTHING_TO_GIVE_BACK;
import static org.procuredesk.repair.RepairProcess.PREPARE_DISPATCH;
import static org.procuredesk.repair.RepairProcess.REMIND_SERVICE_CENTRE;
import static org.procuredesk.repair.RepairProcess.REPAIR_IN_HOUSE;
import static org.procuredesk.repair.RepairProcess.RETURN_EQUIPMENT;
import static org.procuredesk.repair.RepairProcess.SERVICE_REMINDER_DUE;
import static org.procuredesk.repair.RepairProcess.SLA_BREACHED;
import static org.procuredesk.repair.RepairProcess.VAR_DECISION;
import static org.procuredesk.repair.RepairProcess.VAR_REPAIRED;
import static org.procuredesk.repair.RepairProcess.VAR_REPAIR_ID;
import static org.procuredesk.repair.RepairProcess.VAR_SERVICE_OUTCOME;
import static org.procuredesk.repair.RepairProcess.WRITE_OFF_AND_REPLACE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One repair case on its model: under warranty through the service centre (repaired, replaced, refused), out of
 * warranty through the IT head's three decisions, with a loaner when a spare is in stock and the agreement's reminder
 * and escalation on the clock. The beans the model calls are fakes; the services have their own tests.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/warranty-repair.bpmn")
class WarrantyRepairProcessTest {

    static final long REPAIR_ID = 5L;
    static final String NUMBER = "RPR-2026-000005";
    static final Instant REPORTED = Instant.parse("2026-11-26T08:00:00Z");
    static final Instant REMINDER = Instant.parse("2026-12-08T08:00:00Z");
    static final Instant SLA_DUE = Instant.parse("2026-12-10T08:00:00Z");

    ProcessEngine processEngine;
    final Steps steps = new Steps();

    @BeforeEach
    void registerBeans() {
        Mocks.register("repairSteps", steps);
        ClockUtil.setCurrentTime(Date.from(REPORTED));
    }

    @AfterEach
    void clearBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void anAssetUnderWarrantyIsDispatchedRepairedByTheServiceCentreAndGivenBack() {
        ProcessInstance repair = start();

        assertThat(repair).isWaitingAt(PREPARE_DISPATCH);
        assertThat(task(repair)).hasCandidateGroup("IT_SUPPORT");
        complete(task(repair));
        assertThat(repair).isWaitingAt(AWAIT_SERVICE_CENTRE);
        assertThat(task(repair)).hasCandidateGroup("IT_SUPPORT");
        complete(task(repair), withVariables(VAR_SERVICE_OUTCOME, "REPAIRED"));
        assertThat(repair).isWaitingAt(RETURN_EQUIPMENT);
        complete(task(repair));

        assertThat(repair).isEnded().hasPassed(EQUIPMENT_GIVEN_BACK).hasNotPassed(ISSUE_LOANER,
                DECIDE_OUT_OF_WARRANTY);
        assertThat(steps.states).containsExactly("TO_DISPATCH", "AT_SERVICE_CENTRE", "TO_RETURN");
        assertThat(steps.closed).containsExactly(REPAIR_ID);
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void anAssetTheVendorReplacedIsGivenBackLikeARepairedOne() {
        ProcessInstance repair = atTheServiceCentre();

        complete(task(repair), withVariables(VAR_SERVICE_OUTCOME, "REPLACED"));
        complete(task(repair));

        assertThat(repair).isEnded().hasPassed(EQUIPMENT_GIVEN_BACK).hasNotPassed(DECIDE_OUT_OF_WARRANTY);
    }

    @Test
    void anAssetTheVendorRefusedGoesToTheItHeadsDecision() {
        ProcessInstance repair = atTheServiceCentre();

        complete(task(repair), withVariables(VAR_SERVICE_OUTCOME, "REFUSED"));

        assertThat(repair).isWaitingAt(DECIDE_OUT_OF_WARRANTY);
        assertThat(task(repair)).hasCandidateGroup("IT_HEAD");
        assertThat(steps.states).endsWith("AWAITING_DECISION");
    }

    @Test
    void aSpareInStockIsLentToTheHolderAndTheLoanerIsReturnedWithTheAsset() {
        steps.spareInStock = true;
        ProcessInstance repair = atTheServiceCentre();

        assertThat(repair).hasPassed(ISSUE_LOANER);
        assertThat(steps.loanersIssued).containsExactly(REPAIR_ID);
        complete(task(repair), withVariables(VAR_SERVICE_OUTCOME, "REPAIRED"));
        assertThat(repair).isWaitingAt(RETURN_EQUIPMENT);
        complete(task(repair));

        assertThat(repair).isEnded().hasPassed(EQUIPMENT_GIVEN_BACK);
    }

    @Test
    void withNoSpareInStockNoLoanerIsIssuedAndTheCaseWaitsForTheServiceCentre() {
        ProcessInstance repair = atTheServiceCentre();

        assertThat(repair).isWaitingAt(AWAIT_SERVICE_CENTRE).hasNotPassed(ISSUE_LOANER);
        assertThat(steps.loanersIssued).isEmpty();
    }

    @Test
    void anAssetOutOfWarrantyRepairedInHouseEndsWithNothingToGiveBackWhenItNeverLeft() {
        steps.underWarranty = false;
        steps.somethingToGiveBack = false;
        ProcessInstance repair = start();

        assertThat(repair).isWaitingAt(DECIDE_OUT_OF_WARRANTY).hasNotPassed(PREPARE_DISPATCH);
        complete(task(repair), withVariables(VAR_DECISION, "REPAIR_IN_HOUSE"));
        assertThat(repair).isWaitingAt(REPAIR_IN_HOUSE);
        assertThat(task(repair)).hasCandidateGroup("IT_SUPPORT");
        complete(task(repair), withVariables(VAR_REPAIRED, true));

        assertThat(repair).isEnded().hasPassed(NOTHING_TO_GIVE_BACK);
        assertThat(steps.states).containsExactly("AWAITING_DECISION", "IN_HOUSE_REPAIR");
        assertThat(steps.closed).containsExactly(REPAIR_ID);
    }

    @Test
    void anInHouseRepairThatFailsGoesBackToTheItHead() {
        steps.underWarranty = false;
        ProcessInstance repair = start();
        complete(task(repair), withVariables(VAR_DECISION, "REPAIR_IN_HOUSE"));

        complete(task(repair), withVariables(VAR_REPAIRED, false));

        assertThat(repair).isWaitingAt(DECIDE_OUT_OF_WARRANTY);
    }

    @Test
    void aPaidRepairFilesItsApplicationAsAJobAndIsCompletedByItSupport() {
        steps.underWarranty = false;
        ProcessInstance repair = start();
        complete(task(repair), withVariables(VAR_DECISION, "PAID_REPAIR"));

        assertThat(repair).isWaitingAt(FILE_REPAIR_APPLICATION);
        execute(job());
        assertThat(steps.applicationsFiled).containsExactly(REPAIR_ID);
        assertThat(repair).isWaitingAt(COMPLETE_PAID_REPAIR);
        assertThat(task(repair)).hasCandidateGroup("IT_SUPPORT");
        complete(task(repair), withVariables(VAR_REPAIRED, true));

        assertThat(repair).isWaitingAt(RETURN_EQUIPMENT);
        assertThat(steps.states).containsExactly("AWAITING_DECISION", "PAID_REPAIR", "TO_RETURN");
    }

    @Test
    void aWriteOffWritesTheAssetOffAsAJobAndEndsWithNothingToGiveBack() {
        steps.underWarranty = false;
        steps.somethingToGiveBack = false;
        ProcessInstance repair = start();
        complete(task(repair), withVariables(VAR_DECISION, "WRITE_OFF"));

        assertThat(repair).isWaitingAt(WRITE_OFF_AND_REPLACE);
        execute(job());

        assertThat(steps.writtenOff).containsExactly(REPAIR_ID);
        assertThat(repair).isEnded().hasPassed(NOTHING_TO_GIVE_BACK).hasNotPassed(RETURN_EQUIPMENT);
    }

    @Test
    void aWriteOffWithALoanerOutWaitsForTheLoanerToComeBack() {
        steps.spareInStock = true;
        ProcessInstance repair = atTheServiceCentre();
        complete(task(repair), withVariables(VAR_SERVICE_OUTCOME, "REFUSED"));
        complete(task(repair), withVariables(VAR_DECISION, "WRITE_OFF"));
        execute(job());

        assertThat(repair).isWaitingAt(RETURN_EQUIPMENT);
    }

    @Test
    void beforeTheAgreementRunsOutItSupportIsRemindedAndOnItsBreachTheHeadOfItSupportIsTold() {
        ProcessInstance repair = atTheServiceCentre();

        Job reminder = timer(SERVICE_REMINDER_DUE);
        Job breach = timer(SLA_BREACHED);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(REMINDER));
        assertThat(breach.getDuedate()).isEqualTo(Date.from(SLA_DUE));
        ClockUtil.setCurrentTime(Date.from(REMINDER));
        execute(reminder);
        assertThat(steps.reminded).containsExactly(REPAIR_ID);
        assertThat(steps.escalated).isEmpty();
        ClockUtil.setCurrentTime(Date.from(SLA_DUE));
        execute(breach);

        assertThat(repair).hasPassed(REMIND_SERVICE_CENTRE, ESCALATE_SLA_BREACH).isWaitingAt(AWAIT_SERVICE_CENTRE);
        assertThat(steps.escalated).containsExactly(REPAIR_ID);
        complete(task(repair), withVariables(VAR_SERVICE_OUTCOME, "REPAIRED"));
        complete(task(repair));
        assertThat(repair).isEnded();
    }

    private ProcessInstance atTheServiceCentre() {
        ProcessInstance repair = start();
        complete(task(repair));
        return repair;
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(RepairProcess.KEY, NUMBER, Map.of(VAR_REPAIR_ID, REPAIR_ID));
    }

    private static Job timer(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    /** Stands in for {@code repairSteps}: answers as told and notes what the model asked. */
    public static class Steps {

        boolean underWarranty = true;
        boolean spareInStock;
        boolean somethingToGiveBack = true;
        final List<String> states = new ArrayList<>();
        final List<Long> loanersIssued = new ArrayList<>();
        final List<Long> reminded = new ArrayList<>();
        final List<Long> escalated = new ArrayList<>();
        final List<Long> applicationsFiled = new ArrayList<>();
        final List<Long> writtenOff = new ArrayList<>();
        final List<Long> closed = new ArrayList<>();

        public boolean checkWarranty(Long repairId) {
            return underWarranty;
        }

        public boolean lookForSpare(Long repairId) {
            return spareInStock;
        }

        public void issueLoaner(Long repairId) {
            loanersIssued.add(repairId);
        }

        public void moveTo(Long repairId, String state) {
            states.add(state);
        }

        public Date reminderAt(Long repairId) {
            return Date.from(REMINDER);
        }

        public Date slaDueAt(Long repairId) {
            return Date.from(SLA_DUE);
        }

        public void remind(Long repairId) {
            reminded.add(repairId);
        }

        public void escalate(Long repairId) {
            escalated.add(repairId);
        }

        public void fileRepairApplication(Long repairId) {
            applicationsFiled.add(repairId);
        }

        public void writeOffAndReplace(Long repairId) {
            writtenOff.add(repairId);
        }

        public boolean somethingToGiveBack(Long repairId) {
            return somethingToGiveBack;
        }

        public void close(Long repairId) {
            closed.add(repairId);
        }
    }
}
