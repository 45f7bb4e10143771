package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procuredesk.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.audit.AuditViews;
import org.procuredesk.audit.CaseAudit;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.RequestView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An approved application on its audit trail: the completeness check and the approval as steps by the people who did
 * them, and the approval as the application recorded it: who, what, on what amount.
 */
@ProcureDeskIntegrationTest
class ApplicationOnItsTrailTest {

    @Autowired
    ToApprove toApprove;
    @Autowired
    ApprovalService approvals;
    @Autowired
    CaseAudit audit;
    @Autowired
    PeopleDirectory people;

    @Test
    void theLineManagersRecordedApprovalIsOnTheTrailBesideTheStepsThatLedToIt() {
        RequestView application = toApprove.submitted(toApprove.newRequester(),
                Applications.line(EquipmentCategory.MONITOR, 1, "900.00"));
        String approval = toApprove.task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId();
        as(people, ToApprove.LINE_MANAGER, () -> approvals.decide(approval, Decision.APPROVED, "Needed"));

        List<AuditViews.TrailEntry> trail = as(people, "irina.auditor", () -> audit.trail(application.number()));
        List<AuditViews.ElementExecution> approved = as(people, "irina.auditor",
                () -> audit.executions(application.number(), ApplicationToItProcess.APPROVE_BY_LINE_MANAGER));

        assertThat(trail).filteredOn(entry -> entry.kind() == AuditViews.TrailKind.RECORD).singleElement()
                .satisfies(record -> {
                    assertThat(record.what()).isEqualTo("LINE_MANAGER");
                    assertThat(record.who()).isEqualTo(ToApprove.LINE_MANAGER);
                    assertThat(record.whoName()).isEqualTo(people.nameOf(ToApprove.LINE_MANAGER));
                    assertThat(record.detail()).isEqualTo("decision = APPROVED, amount = 900.00, comment = Needed");
                });
        assertThat(trail).filteredOn(entry -> entry.kind() == AuditViews.TrailKind.TASK)
                .extracting(AuditViews.TrailEntry::who).containsSubsequence("ion.support", ToApprove.LINE_MANAGER);
        assertThat(approved).singleElement().satisfies(execution -> {
            assertThat(execution.who()).isEqualTo(ToApprove.LINE_MANAGER);
            assertThat(execution.comment()).isEqualTo("Needed");
        });
    }
}
