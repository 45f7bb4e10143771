package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.approval.ToApprove.LINE_MANAGER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Message;
import org.springframework.beans.factory.annotation.Autowired;

/** The approver's warnings with the real services: what the requester asked for lately, as long as it stands. */
@ProcureDeskIntegrationTest
class ApprovalWarningsFlowTest {

    @Autowired
    ApprovalService approvals;
    @Autowired
    ToApprove toApprove;
    @Autowired
    PeopleDirectory people;

    @Test
    void anotherApplicationOfTheSameCategoryWarnsTheApproverUntilItIsRejected() {
        String requester = toApprove.newRequester();
        RequestView monitors = toApprove.submitted(requester, Applications.line(EquipmentCategory.MONITOR, 2, "900"));
        RequestView desk = toApprove.submitted(requester, Applications.line(EquipmentCategory.KEYBOARD, 1, "100"),
                Applications.line(EquipmentCategory.MONITOR, 1, "900"));
        RequestView phone = toApprove.submitted(requester, Applications.line(EquipmentCategory.PHONE, 1, "300"));

        assertThat(warningsOn(desk)).singleElement().satisfies(warning -> {
            assertThat(warning.key()).isEqualTo("approval.warning.similarApplication");
            assertThat(warning.arguments().get(0)).isEqualTo(monitors.number());
        });
        assertThat(warningsOn(phone)).isEmpty();

        as(people, LINE_MANAGER, () -> approvals.decide(lineManagersTask(monitors), Decision.REJECTED, "One is enough"));

        assertThat(warningsOn(desk)).isEmpty();
    }

    @Test
    void nobodyButWhoMayDecideTheTaskReadsItsWarnings() {
        RequestView phone = toApprove.submitted(toApprove.newRequester(),
                Applications.line(EquipmentCategory.PHONE, 1, "300"));

        assertThatThrownBy(() -> as(people, "ana.requester", () -> approvals.warningsOn(lineManagersTask(phone))))
                .isInstanceOfSatisfying(DomainException.class, refusal ->
                        assertThat(refusal.getMessageKey()).isEqualTo("task.notFound"));
    }

    private List<Message> warningsOn(RequestView application) {
        return as(people, LINE_MANAGER, () -> approvals.warningsOn(lineManagersTask(application)));
    }

    private String lineManagersTask(RequestView application) {
        return toApprove.task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId();
    }
}
