package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ControlledDecision.HoldPoint;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.reliability.ReliabilityFigures;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two security officers decide the same approval, their steps interleaved in a chosen order rather than left to
 * the scheduler, as the engine's own concurrency tests do: whichever order, one decision stands and the other
 * officer is told who already handled it, with nothing of theirs stored.
 */
@ProcureDeskIntegrationTest
class ApprovalInterleavingTest {

    private static final String FIRST = "dan.security";

    @Autowired
    ApprovalService approvals;
    @Autowired
    ToApprove toApprove;
    @Autowired
    DecidedOnce decidedOnce;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TransactionTemplate transaction;

    private HeldCommands commands;
    private String second;

    @BeforeEach
    void twoSecurityOfficers() {
        commands = HeldCommands.linkedInto(engine);
        second = toApprove.newSecurityOfficer();
    }

    @AfterEach
    void engineAsItWas() {
        commands.close();
        toApprove.retire(second);
    }

    @Test
    void anApproverWhoReadTheTaskBeforeTheOtherDecidedIsToldItIsAlreadyHandledAndLeavesNothing() throws Exception {
        Task approval = securityApproval();
        ControlledDecision first = ControlledDecision.startAndWaitUntilHeld(decision(FIRST, approval),
                HoldPoint.AFTER_READING_THE_TASK, commands, transaction);

        assertThat(decision(second, approval).get()).isEqualTo("decided");

        assertAlreadyHandledBy(second, first.proceedAndWaitTillDone());
        decidedOnce.assertDecidedOnceBy(second, approval, Approval.SECURITY);
        ReliabilityFigures.raceRun();
    }

    @Test
    void anApproverWhoReadTheTaskWhileTheOthersDecisionWasCommittingIsToldItIsAlreadyHandled() throws Exception {
        Task approval = securityApproval();
        ControlledDecision first = ControlledDecision.startAndWaitUntilHeld(decision(FIRST, approval),
                HoldPoint.BEFORE_COMMIT, commands, transaction);
        ControlledDecision then = ControlledDecision.startAndWaitUntilHeld(decision(second, approval),
                HoldPoint.AFTER_READING_THE_TASK, commands, transaction);

        assertThat(first.proceedAndWaitTillDone()).isEqualTo("decided");

        assertAlreadyHandledBy(FIRST, then.proceedAndWaitTillDone());
        decidedOnce.assertDecidedOnceBy(FIRST, approval, Approval.SECURITY);
        ReliabilityFigures.raceRun();
    }

    @Test
    void ofTwoApproversWhoBothReadTheTaskTheOneWhoGoesOnFirstDecides() throws Exception {
        Task approval = securityApproval();
        ControlledDecision first = ControlledDecision.startAndWaitUntilHeld(decision(FIRST, approval),
                HoldPoint.AFTER_READING_THE_TASK, commands, transaction);
        ControlledDecision then = ControlledDecision.startAndWaitUntilHeld(decision(second, approval),
                HoldPoint.AFTER_READING_THE_TASK, commands, transaction);

        assertThat(then.proceedAndWaitTillDone()).isEqualTo("decided");

        assertAlreadyHandledBy(second, first.proceedAndWaitTillDone());
        decidedOnce.assertDecidedOnceBy(second, approval, Approval.SECURITY);
        ReliabilityFigures.raceRun();
    }

    /** Removable media of a requester no other test knows, approved by their line manager: up to security now. */
    private Task securityApproval() {
        RequestView application = toApprove.submitted(toApprove.newRequester(),
                Applications.line(EquipmentCategory.REMOVABLE_MEDIA, 10, "40"));
        as(people, ToApprove.LINE_MANAGER, () -> approvals.decide(
                toApprove.task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));
        return toApprove.task(application, ApplicationToItProcess.APPROVE_BY_SECURITY);
    }

    private Supplier<Object> decision(String approver, Task approval) {
        return () -> {
            as(people, approver, () -> approvals.decide(approval.getId(), Decision.APPROVED, null));
            return "decided";
        };
    }

    private void assertAlreadyHandledBy(String winner, Object outcome) {
        assertThat(outcome).as("what the later decision ended with").isInstanceOfSatisfying(DomainException.class,
                refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("task.alreadyHandled");
                    assertThat(refusal.getArguments()).containsExactly(people.nameOf(winner));
                });
    }
}
