package org.procuredesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procuredesk.SignedIn.as;

import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.notification.Inbox;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.people.Race;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.ApplicationToItProcess.Approval;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.request.Applications;
import org.procuredesk.request.EquipmentCategory;
import org.procuredesk.request.PurchaseRequestService;
import org.procuredesk.request.RequestForm;
import org.procuredesk.request.RequestStatus;
import org.procuredesk.request.RequestTaskService;
import org.procuredesk.request.RequestView;
import org.procuredesk.system.DomainException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An application through its approvals with the real services: decisions recorded, duties kept apart,
 * approvers reminded on the due date, overdue approvals escalated and those they go to told.
 */
@ProcureDeskIntegrationTest
class ApprovalFlowTest {

    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Notifications notifications;
    @Autowired
    DecidedOnce decidedOnce;

    @AfterEach
    void nobodyActs() {
        identityService.clearAuthentication();
    }

    @Test
    void laptopWithinTheLineManagersReachIsApprovedByTheHeadOfTheRequestersDepartment() {
        RequestView application = submittedAndAccepted(Applications.laptop(people));

        Task approval = openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
        assertThat(approval.getAssignee()).isEqualTo("mihai.manager");
        as(people, "mihai.manager", () -> approvals.decide(approval.getId(), Decision.APPROVED, null));

        assertThat(as(people, "ana.requester", () -> requests.get(application.id())).status())
                .as("approved; the job executor may have run its stock check already")
                .isIn(RequestStatus.APPROVED, RequestStatus.WAITING_FOR_BUDGET);
        List<ApprovalDecisionView> decisions = as(people, "ana.requester", () -> approvals.decisionsOn(application.id()));
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.approval()).isEqualTo(Approval.LINE_MANAGER);
            assertThat(decision.decidedBy()).isEqualTo("mihai.manager");
            assertThat(decision.decision()).isEqualTo(Decision.APPROVED);
            assertThat(decision.amount()).isEqualByComparingTo("4200.00");
        });
        assertThatThrownBy(() -> as(people, "alex.admin", () -> approvals.decisionsOn(application.id())))
                .isInstanceOf(DomainException.class).hasMessage("request.notFound");
    }

    @Test
    void serverGoesOnToTheItHeadAndARejectionNeedsAComment() {
        RequestView application = submittedAndAccepted(Applications.form(people,
                Applications.line(EquipmentCategory.SERVER, 1, "15000")));
        as(people, "mihai.manager", () -> approvals.decide(
                openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));

        Task itHead = openTask(application, ApplicationToItProcess.APPROVE_BY_IT_HEAD);
        assertThatThrownBy(() -> as(people, "victor.ithead", () -> approvals.decide(itHead.getId(), Decision.REJECTED, " ")))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.getField()).hasValue("comment"));
        as(people, "victor.ithead", () -> approvals.decide(itHead.getId(), Decision.REJECTED, "Use the spare server"));

        assertThat(as(people, "ana.requester", () -> requests.get(application.id())).status())
                .isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void theEngineRefusesToLetTheRequesterApproveTheirOwnApplication() {
        RequestView application = submittedAndAccepted(Applications.laptop(people));
        Task approval = openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);

        assertThatThrownBy(() -> taskService.setAssignee(approval.getId(), "ana.requester"))
                .hasMessageContaining("approval.ownApplication");
        identityService.setAuthenticatedUserId("ana.requester");
        taskService.setAssignee(approval.getId(), null);
        assertThatThrownBy(() -> taskService.complete(approval.getId()))
                .hasMessageContaining("approval.ownApplication");
    }

    @Test
    void nobodyGivesTwoApprovalsOfTheSameApplication() {
        RequestView application = submittedAndAccepted(Applications.form(people,
                Applications.line(EquipmentCategory.SERVER, 1, "30000"), Applications.line(EquipmentCategory.DRIVE, 2, "500")));
        as(people, "mihai.manager", () -> approvals.decide(
                openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));
        as(people, "victor.ithead", () -> approvals.decide(
                openTask(application, ApplicationToItProcess.APPROVE_BY_IT_HEAD).getId(), Decision.APPROVED, null));

        Task security = openTask(application, ApplicationToItProcess.APPROVE_BY_SECURITY);
        identityService.setAuthenticatedUserId("victor.ithead");

        assertThatThrownBy(() -> taskService.complete(security.getId()))
                .hasMessageContaining("approval.secondApproval");
        assertThat(openTask(application, ApplicationToItProcess.APPROVE_BY_SECURITY).getId()).isEqualTo(security.getId());
    }

    @Test
    void twoClicksOnTheSameApprovalAtOnceGiveOneDecisionAndOneAlreadyHandled() throws Exception {
        RequestView application = submittedAndAccepted(Applications.laptop(people));
        Task approval = openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);
        Callable<Object> click = () -> {
            as(people, "mihai.manager", () -> approvals.decide(approval.getId(), Decision.APPROVED, null));
            return "decided";
        };

        List<Object> outcomes = Race.run(click, click);

        assertThat(outcomes).as("what each click ended with: %s", outcomes).contains("decided")
                .filteredOn(DomainException.class::isInstance).singleElement()
                .satisfies(refusal -> assertThat(((DomainException) refusal).getMessageKey())
                        .isEqualTo("task.alreadyHandled"));
        assertThat(as(people, "ana.requester", () -> approvals.decisionsOn(application.id()))).hasSize(1);
        decidedOnce.assertDecidedOnceBy("mihai.manager", approval, Approval.LINE_MANAGER);
    }

    @Test
    void overdueApprovalOfADepartmentHeadIsEscalatedToTheHeadOfItSupport() {
        RequestView application = submittedAndAccepted(Applications.laptop(people));
        Task approval = openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);

        fireOverdueTimer(approval);

        assertThat(taskService.getIdentityLinksForTask(approval.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo("IT_SUPPORT_HEAD"));
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getPriority())
                .isEqualTo(EscalateApprovalListener.ESCALATED_PRIORITY);
        assertThat(inbox().leadingTo("elena.supporthead", Links.task(approval.getId()))).singleElement()
                .satisfies(escalation -> {
                    assertThat(escalation.kind()).isEqualTo(NotificationKind.ESCALATION);
                    assertThat(escalation.text()).startsWith("The approval of " + application.number() + " was due on ")
                            .endsWith(" and is still open: you may now decide it as well.");
                });
    }

    @Test
    void overdueApprovalOfARoleIsEscalatedToTheHeadsOfThoseHoldingIt() {
        RequestView application = submittedAndAccepted(Applications.form(people,
                Applications.line(EquipmentCategory.REMOVABLE_MEDIA, 10, "40")));
        as(people, "mihai.manager", () -> approvals.decide(
                openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));
        Task security = openTask(application, ApplicationToItProcess.APPROVE_BY_SECURITY);

        fireOverdueTimer(security);

        assertThat(taskService.createTaskQuery().taskId(security.getId()).taskCandidateUser("mihai.manager").count())
                .isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(security.getId()).taskCandidateUser("dan.security").count())
                .isEqualTo(1);
        assertThat(inbox().leadingTo("mihai.manager", Links.task(security.getId())))
                .extracting(NotificationView::kind).containsExactly(NotificationKind.ESCALATION);
    }

    @Test
    void lineManagerIsRemindedOfAnApprovalStillOpenOnItsDueDate() {
        RequestView application = submittedAndAccepted(Applications.laptop(people));
        Task approval = openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER);

        fireReminderTimer(approval);

        assertThat(inbox().leadingTo("mihai.manager", Links.task(approval.getId())))
                .filteredOn(notice -> notice.kind() != NotificationKind.NEW_TASK).singleElement()
                .satisfies(reminder -> {
                    assertThat(reminder.kind()).isEqualTo(NotificationKind.REMINDER);
                    assertThat(reminder.text()).isEqualTo("Reminder: the approval of " + application.number()
                            + " is due today.");
                });
        assertThat(openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getPriority())
                .isLessThan(EscalateApprovalListener.ESCALATED_PRIORITY);
    }

    @Test
    void everyoneHoldingTheRoleAnApprovalIsOfferedToIsRemindedButNotTheRequester() {
        RequestView application = submittedAndAccepted(Applications.form(people,
                Applications.line(EquipmentCategory.REMOVABLE_MEDIA, 10, "40")));
        as(people, "mihai.manager", () -> approvals.decide(
                openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId(), Decision.APPROVED, null));
        Task security = openTask(application, ApplicationToItProcess.APPROVE_BY_SECURITY);

        fireReminderTimer(security);

        String link = Links.task(security.getId());
        assertThat(people.activeUsernamesWithRole("SECURITY")).isNotEmpty().allSatisfy(officer ->
                assertThat(inbox().leadingTo(officer, link)).extracting(NotificationView::kind)
                        .containsExactlyInAnyOrder(NotificationKind.NEW_TASK, NotificationKind.REMINDER));
        assertThat(inbox().leadingTo("ana.requester", link)).isEmpty();
    }

    private Inbox inbox() {
        return new Inbox(notifications, people);
    }

    /** Fires the task's reminder, the first of its two timers. */
    private void fireReminderTimer(Task task) {
        managementService.executeJob(timers(task).get(0).getId());
    }

    /** Fires the task's escalation, the later of its two timers. */
    private void fireOverdueTimer(Task task) {
        managementService.executeJob(timers(task).get(1).getId());
    }

    private List<Job> timers(Task task) {
        return managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .orderByJobDuedate().asc().list();
    }

    private RequestView submittedAndAccepted(RequestForm form) {
        RequestView application = as(people, "ana.requester", () -> requests.submit(null, form));
        Task check = openTask(application, ApplicationToItProcess.CHECK_COMPLETENESS);
        as(people, "ion.support", () -> requestTasks.checkCompleteness(check.getId(), Completeness.ACCEPTED, null));
        return application;
    }

    private Task openTask(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number())
                .taskDefinitionKey(step).singleResult();
    }
}
