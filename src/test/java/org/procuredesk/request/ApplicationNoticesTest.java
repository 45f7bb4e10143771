package org.procuredesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.procuredesk.SignedIn.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.procuredesk.ProcureDeskIntegrationTest;
import org.procuredesk.approval.ApprovalService;
import org.procuredesk.notification.Inbox;
import org.procuredesk.notification.Links;
import org.procuredesk.notification.NotificationKind;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess.Completeness;
import org.procuredesk.request.ApplicationToItProcess.Decision;
import org.procuredesk.system.Formats;
import org.procuredesk.system.Messages;
import org.springframework.beans.factory.annotation.Autowired;

/** The requester is told how their application ended: approved, rejected, or cancelled and why. */
@ProcureDeskIntegrationTest
class ApplicationNoticesTest {

    static final String REQUESTER = "ana.requester";

    @Autowired
    PurchaseRequestService requests;
    @Autowired
    RequestTaskService requestTasks;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ApplicationTimeline timeline;
    @Autowired
    Notifications notifications;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Formats formats;
    @Autowired
    Clock clock;

    @Test
    void requesterIsToldTheirApplicationWasApproved() {
        RequestView application = checked(Completeness.ACCEPTED, null);

        decideAsLineManager(application, Decision.APPROVED, null);

        assertThat(told(application)).extracting(NotificationView::kind, NotificationView::text).containsExactly(
                tuple(NotificationKind.APPLICATION_DECIDED,
                        "Your application " + application.number() + " was approved."));
    }

    @Test
    void requesterIsToldTheirApplicationWasRejected() {
        RequestView application = checked(Completeness.ACCEPTED, null);

        decideAsLineManager(application, Decision.REJECTED, "Use the spare one");

        assertThat(told(application)).extracting(NotificationView::text).containsExactly(
                "Your application " + application.number() + " was rejected; its page says by whom and why.");
    }

    @Test
    void applicationNobodyCorrectsInTimeIsCancelledAndItsRequesterToldWhy() {
        RequestView application = checked(Completeness.RETURNED, "Name the model");
        Task correction = openTask(application, ApplicationToItProcess.CORRECT_APPLICATION);
        Job overdue = managementService.createJobQuery().processInstanceId(correction.getProcessInstanceId()).timers()
                .singleResult();

        managementService.executeJob(overdue.getId());

        String returnedOn = formats.date(LocalDate.now(clock), Messages.ENGLISH);
        assertThat(told(application)).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NotificationKind.APPLICATION_CANCELLED);
            assertThat(notice.text()).isEqualTo("Application " + application.number() + " was cancelled: it was "
                    + "returned for correction on " + returnedOn + " and not corrected within 10 working days.");
        });
        assertThat(as(people, REQUESTER, () -> requests.get(application.id())).status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(as(people, REQUESTER, () -> timeline.of(application.id()))).last()
                .extracting(TimelineEntry::step).isEqualTo(ApplicationToItProcess.APPLICATION_CANCELLED);
    }

    /** A new application of the requester's, through IT support's completeness check. */
    private RequestView checked(Completeness verdict, String comment) {
        RequestView application = as(people, REQUESTER, () -> requests.submit(null, Applications.laptop(people)));
        String check = openTask(application, ApplicationToItProcess.CHECK_COMPLETENESS).getId();
        as(people, "ion.support", () -> requestTasks.checkCompleteness(check, verdict, comment));
        return application;
    }

    private void decideAsLineManager(RequestView application, Decision decision, String comment) {
        String approval = openTask(application, ApplicationToItProcess.APPROVE_BY_LINE_MANAGER).getId();
        as(people, "mihai.manager", () -> approvals.decide(approval, decision, comment));
    }

    private Task openTask(RequestView application, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(application.number()).taskDefinitionKey(step)
                .singleResult();
    }

    private List<NotificationView> told(RequestView application) {
        return new Inbox(notifications, people).leadingTo(REQUESTER, Links.application(application.id()));
    }
}
