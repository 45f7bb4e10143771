package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.util.Locale;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.Newcomers;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Role;
import org.procuredesk.reliability.ReliabilityFigures;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.RealTexts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Segregation of duties in the approval service itself, whatever the page or endpoint calling it: nobody approves
 * their own application at any step, nor gives two of an application's approvals. The refusal is translated,
 * nothing is stored and the task stays open for someone else.
 */
@ProcureDeskIntegrationTest
class SegregationOfDutiesTest {

    @Autowired
    ToApprove toApprove;
    @Autowired
    Newcomers newcomers;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ApprovalDecisionRepository decisions;

    @Test
    void aRequesterHoldingTheApproversRolesApprovesNoStepOfTheirOwnApplication() {
        String boss = newcomers.besides("ana.requester", "boss", Role.REQUESTER, Role.IT_HEAD, Role.SECURITY);
        RequestView server = serverWithDrives(boss);
        as(people, ToApprove.LINE_MANAGER, () -> approvals.decide(
                toApprove.task(server, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));

        refused(boss, server, ApplicationToItProcess.APPROVE_BY_IT_HEAD, "approval.ownApplication",
                "You cannot approve your own application.");
        as(people, "victor.ithead", () -> approvals.decide(
                toApprove.task(server, ApplicationToItProcess.APPROVE_BY_IT_HEAD).getId(), Decision.APPROVED, null));
        refused(boss, server, ApplicationToItProcess.APPROVE_BY_SECURITY, "approval.ownApplication",
                "You cannot approve your own application.");
    }

    @Test
    void nobodyDecidesTwoApprovalStepsOfOneApplication() {
        String approver = newcomers.withRole("approver", Role.IT_HEAD, Role.SECURITY);
        RequestView server = serverWithDrives(toApprove.newRequester());
        as(people, ToApprove.LINE_MANAGER, () -> approvals.decide(
                toApprove.task(server, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));
        as(people, approver, () -> approvals.decide(
                toApprove.task(server, ApplicationToItProcess.APPROVE_BY_IT_HEAD).getId(), Decision.APPROVED, null));

        refused(approver, server, ApplicationToItProcess.APPROVE_BY_SECURITY, "approval.secondApproval",
                "You have already given another approval of this application; someone else must give this one.");
    }

    /** A server and drives: the line manager, the IT head and security approve it, in that order. */
    private RequestView serverWithDrives(String requester) {
        return toApprove.submitted(requester, Applications.line(EquipmentCategory.SERVER, 1, "30000"),
                Applications.line(EquipmentCategory.DRIVE, 2, "500"));
    }

    private void refused(String approver, RequestView application, String step, String key, String english) {
        Task open = toApprove.task(application, step);
        long decided = decisions.findByProcessInstanceId(open.getProcessInstanceId()).size();

        assertThatThrownBy(() -> as(people, approver, () -> approvals.decide(open.getId(), Decision.APPROVED, null)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo(key);
                    assertThat(RealTexts.i18nProvider().getTranslation(key, Locale.ENGLISH)).isEqualTo(english);
                    assertThat(RealTexts.i18nProvider().getTranslation(key, Locale.forLanguageTag("ro")))
                            .isNotEqualTo(english).isNotEqualTo(key);
                });
        ReliabilityFigures.refused();

        assertThat(decisions.findByProcessInstanceId(open.getProcessInstanceId())).hasSize((int) decided)
                .noneMatch(decision -> decision.decidedBy().equals(approver)
                        && decision.approval() == ApprovalTasks.of(step).orElseThrow());
        Task still = toApprove.task(application, step);
        assertThat(still.getId()).isEqualTo(open.getId());
        assertThat(still.getAssignee()).isNull();
    }
}
