package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;
import static org.procuredesk.approval.ToApprove.LINE_MANAGER;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.LineForm;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.procuredesk.system.Message;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An approver approves several applications at once with the real services: each without a warning becomes its
 * own recorded decision, the others stay open for them with the reason, and nothing happens unconfirmed.
 */
@ProcureDeskIntegrationTest
class BulkApprovalTest {

    @Autowired
    BulkApproval bulkApproval;
    @Autowired
    ApprovalService approvals;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ToApprove toApprove;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void threeCleanApplicationsAreApprovedAsThreeRecordedDecisions() {
        String requester = toApprove.newRequester();
        List<RequestView> applications = List.of(
                toApprove.submitted(requester, Applications.line(EquipmentCategory.PHONE, 1, "300")),
                toApprove.submitted(requester, Applications.line(EquipmentCategory.SCANNER, 1, "500")),
                toApprove.submitted(requester, Applications.line(EquipmentCategory.SHREDDER, 1, "200")));
        List<String> taskIds = lineManagersTasks(applications);

        List<BulkApprovalOutcome> outcomes = as(people, LINE_MANAGER, () -> bulkApproval.approve(taskIds, true));

        assertThat(outcomes).extracting(BulkApprovalOutcome::applicationNumber)
                .containsExactlyElementsOf(applications.stream().map(RequestView::number).toList());
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.approved()).isTrue();
            assertThat(outcome.reason()).isNull();
        });
        applications.forEach(application -> assertThat(decisionsOn(application)).singleElement().satisfies(decision -> {
            assertThat(decision.approval()).isEqualTo(Approval.LINE_MANAGER);
            assertThat(decision.decision()).isEqualTo(Decision.APPROVED);
            assertThat(decision.decidedBy()).isEqualTo(LINE_MANAGER);
        }));
        assertThat(taskIds).allSatisfy(taskId -> assertThat(completedBy(taskId)).isEqualTo(LINE_MANAGER));
    }

    @Test
    void anApplicationWithAWarningIsLeftOpenAndReportedWhileTheOthersAreApproved() {
        String requester = toApprove.newRequester();
        RequestView returned = returnedOnceAndResubmitted(requester);
        RequestView phone = toApprove.submitted(requester, Applications.line(EquipmentCategory.PHONE, 1, "300"));
        RequestView scanner = toApprove.submitted(requester, Applications.line(EquipmentCategory.SCANNER, 1, "500"));
        List<String> taskIds = lineManagersTasks(List.of(phone, returned, scanner));

        List<BulkApprovalCandidate> preview = as(people, LINE_MANAGER, () -> bulkApproval.preview(taskIds));
        List<BulkApprovalOutcome> outcomes = as(people, LINE_MANAGER, () -> bulkApproval.approve(taskIds, true));

        assertThat(preview).extracting(BulkApprovalCandidate::approvable).containsExactly(true, false, true);
        assertThat(preview.get(1).warnings()).extracting(Message::key).containsExactly("approval.warning.returnedBefore");
        assertThat(preview.get(1).requester()).isEqualTo(people.nameOf(requester));
        assertThat(preview.get(1).total()).isEqualByComparingTo(returned.total());
        assertThat(outcomes).extracting(BulkApprovalOutcome::approved).containsExactly(true, false, true);
        assertThat(outcomes.get(1).applicationNumber()).isEqualTo(returned.number());
        assertThat(outcomes.get(1).reason()).isEqualTo(Message.of("approval.bulk.hasWarnings"));
        assertThat(taskService.createTaskQuery().taskId(taskIds.get(1)).count()).as("still open").isEqualTo(1);
        assertThat(decisionsOn(returned)).extracting(ApprovalDecisionView::decision).containsExactly(Decision.RETURNED);
        assertThat(decisionsOn(phone)).extracting(ApprovalDecisionView::decision).containsExactly(Decision.APPROVED);
        assertThat(decisionsOn(scanner)).extracting(ApprovalDecisionView::decision).containsExactly(Decision.APPROVED);
    }

    @Test
    void unconfirmedNothingIsApproved() {
        String requester = toApprove.newRequester();
        List<RequestView> applications = List.of(
                toApprove.submitted(requester, Applications.line(EquipmentCategory.PHONE, 1, "300")),
                toApprove.submitted(requester, Applications.line(EquipmentCategory.SCANNER, 1, "500")));
        List<String> taskIds = lineManagersTasks(applications);

        assertThatThrownBy(() -> as(people, LINE_MANAGER, () -> bulkApproval.approve(taskIds, false)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("approval.bulk.notConfirmed");
                    assertThat(refusal.getField()).hasValue("confirmed");
                });

        assertThat(taskIds).allSatisfy(taskId -> assertThat(taskService.createTaskQuery().taskId(taskId).count())
                .isEqualTo(1));
        applications.forEach(application -> assertThat(decisionsOn(application)).isEmpty());
    }

    @Test
    void aTaskSomeoneElseHandledMeanwhileIsReportedAsAlreadyHandledByThemWhileTheOthersAreApproved() {
        String requester = toApprove.newRequester();
        String otherOfficer = toApprove.newSecurityOfficer();
        try {
            RequestView media = lineManagerApproved(requester, Applications.line(EquipmentCategory.REMOVABLE_MEDIA, 10, "40"));
            RequestView disk = lineManagerApproved(requester, Applications.line(EquipmentCategory.HARD_DISK, 2, "400"));
            List<String> taskIds = List.of(toApprove.task(media, ApplicationToItProcess.APPROVE_BY_SECURITY).getId(),
                    toApprove.task(disk, ApplicationToItProcess.APPROVE_BY_SECURITY).getId());
            List<BulkApprovalCandidate> preview = as(people, "dan.security", () -> bulkApproval.preview(taskIds));

            as(people, otherOfficer, () -> approvals.decide(taskIds.get(0), Decision.APPROVED, null));
            List<BulkApprovalOutcome> outcomes = as(people, "dan.security", () -> bulkApproval.approve(taskIds, true));

            assertThat(preview).extracting(BulkApprovalCandidate::approvable).containsExactly(true, true);
            assertThat(outcomes.get(0).approved()).isFalse();
            assertThat(outcomes.get(0).reason()).isEqualTo(Message.of("task.alreadyHandled", people.nameOf(otherOfficer)));
            assertThat(outcomes.get(1).approved()).isTrue();
            assertThat(decisionsOn(media)).extracting(ApprovalDecisionView::decidedBy)
                    .containsExactly(LINE_MANAGER, otherOfficer);
            assertThat(decisionsOn(disk)).extracting(ApprovalDecisionView::decidedBy)
                    .containsExactly(LINE_MANAGER, "dan.security");
        } finally {
            toApprove.retire(otherOfficer);
        }
    }

    @Test
    void aBatchIsAtMostAHundredTasks() {
        List<String> tooMany = IntStream.rangeClosed(0, BulkApproval.MOST)
                .mapToObj(String::valueOf).toList();

        assertThatThrownBy(() -> as(people, LINE_MANAGER, () -> bulkApproval.approve(tooMany, true)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("100");
    }

    /** Returned for correction by the line manager, resubmitted as it was, and accepted again. */
    private RequestView returnedOnceAndResubmitted(String requester) {
        LineForm printer = Applications.line(EquipmentCategory.PRINTER, 1, "900");
        RequestView application = toApprove.submitted(requester, printer);
        as(people, LINE_MANAGER, () -> approvals.decide(
                toApprove.task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(),
                Decision.RETURNED, "Which printer does it replace?"));
        as(people, requester, () -> requestTasks.resubmit(
                toApprove.task(application, ApplicationToItProcess.CORRECT_APPLICATION).getId(),
                Applications.form(people, printer)));
        as(people, "ion.support", () -> requestTasks.checkCompleteness(
                toApprove.task(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId(),
                Completeness.ACCEPTED, null));
        return application;
    }

    private RequestView lineManagerApproved(String requester, LineForm line) {
        RequestView application = toApprove.submitted(requester, line);
        as(people, LINE_MANAGER, () -> approvals.decide(
                toApprove.task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));
        return application;
    }

    private List<String> lineManagersTasks(List<RequestView> applications) {
        return applications.stream()
                .map(application -> toApprove.task(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId())
                .toList();
    }

    private List<ApprovalDecisionView> decisionsOn(RequestView application) {
        return as(people, LINE_MANAGER, () -> approvals.decisionsOn(application.id()));
    }

    private String completedBy(String taskId) {
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        return task == null ? null : task.getAssignee();
    }
}
